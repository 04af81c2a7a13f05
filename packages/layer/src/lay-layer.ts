import type { Catalog } from '@betterforus/clauses'
import type { CatalogSource, TemplateFiles } from '@betterforus/clauses/compile'
import type { HouseStyle, LayerInfo } from '@betterforus/generator'
import { nodePlace, type ParsedYaml, reportError } from '@betterforus/questionnaire'
import { driftMessage, libraryInRange, replacementDrift } from './check-replacements.js'
import { compileLayered } from './compile-layered.js'
import { checkDefaults } from './lay-defaults.js'
import { LayerError } from './layer-error.js'
import { type Layer, LIBRARY_PACKAGE } from './read-layer.js'

/** What building one pack needs of a layer; plain data but the parsed defaults. */
export interface PackLayer {
  /** What each pack records of the layer (the defaults used are added per answers file). */
  info: Omit<LayerInfo, 'defaults'>
  houseStyle: HouseStyle
  /** `defaults.yaml`, parsed, laid under each procurement's answers. */
  defaults: ParsedYaml | undefined
}

/** A library with a council layer laid over it, compiled (its templates precompiled, as text). */
export interface LaidLayer extends PackLayer {
  layer: Layer
  source: CatalogSource
}

/** What a pack records of a layer, without the defaults of one answers file. */
export function layerInfo(layer: Layer): Omit<LayerInfo, 'defaults'> {
  return { name: layer.name, version: layer.version, ...(layer.logo && { logo: layer.logo }) }
}

/**
 * Lay a council layer over a library: check its library range and its replacements' ranges
 * (unless `allowDrift`, for `diff`, which reports them), its defaults' question ids, and compile the
 * layered library. The result's templates are precompiled text; the caller turns them into
 * functions (`catalogFromSource` in Node, the web app's Trusted Types loader in a browser).
 *
 * @param templates The library's template files.
 * @param base The library compiled alone.
 * @throws {LayerError} Naming each problem with file, line and column.
 */
export async function layLayer(
  layer: Layer,
  templates: TemplateFiles,
  base: Catalog,
  options: { allowDrift?: boolean; published?: boolean } = {},
): Promise<LaidLayer> {
  const library = `${base.library.name}@${base.library.version}`
  if (!options.allowDrift && !libraryInRange(layer, base)) {
    reportError(
      layer.file,
      `the layer's package.json depends on ${LIBRARY_PACKAGE}@${layer.libraryRange}, but the library is ${library}; run \`betterforus lint --layer\` to review the upgrade, then widen the range`,
      'layer-library-range',
    )
  }
  if (!options.allowDrift) {
    for (const drift of replacementDrift(layer, base)) {
      reportError(
        layer.file,
        `${driftMessage(drift, library)}. \`betterforus lint --layer\` prints the redline`,
        'layer-replacement-range',
        nodePlace(layer.parsed, ['replacements', drift.index, 'replaces'])?.start,
      )
    }
  }
  checkDefaults(layer, base.questionnaire)
  const files = [layer.file, ...(layer.defaults ? [layer.defaults.file] : [])]
  const failed = () => files.some((file) => file.messages.some((message) => message.fatal))
  if (failed())
    throw new LayerError(
      files,
      `The layer ${layer.name}@${layer.version} cannot be laid over ${library}; nothing was written.`,
    )
  const compiled = await compileLayered(templates, base.library, base, layer, options)
  if (!compiled.catalog) {
    throw new LayerError(
      compiled.files.filter((file) => file.messages.length > 0),
      `The layer ${layer.name}@${layer.version} does not compile over ${library}; nothing was written.`,
    )
  }
  return {
    layer,
    source: compiled.catalog,
    info: layerInfo(layer),
    houseStyle: layer.houseStyle,
    defaults: layer.defaults?.parsed,
  }
}
