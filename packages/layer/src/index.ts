// A council's own layer over the BetterForUs clause library: its house style, local clauses and
// defaults, read as untrusted data from any source of files and laid over the library by the
// library's own compiler. Runs in Node (the CLI) and in a browser (the web app) alike.

export {
  driftMessage,
  libraryInRange,
  type ReplacementDrift,
  replacementDrift,
  reviewedVersion,
} from './check-replacements.js'
export { compileLayered, type LayeredResult } from './compile-layered.js'
export { checkDefaults, layDefaults } from './lay-defaults.js'
export { type LaidLayer, layerInfo, layLayer, type PackLayer } from './lay-layer.js'
export { LayerError } from './layer-error.js'
export {
  type LayerFileRead,
  type LayerFiles,
  layerPathProblem,
  memoryLayerFiles,
} from './layer-files.js'
export { type Layer, LIBRARY_PACKAGE, readLayer } from './read-layer.js'
export { MAX_LOGO_BYTES, readLogo } from './read-logo.js'
