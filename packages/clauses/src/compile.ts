// The part of the compiler that runs anywhere, a browser included: it compiles a library's
// template files held in memory (a council layer laid over the library, in the web app).
// Reading a folder is the Node-only `@betterforus/clauses/compiler`.

export type { CatalogSource, TemplateSource } from './compiler/catalog-source.js'
export { compileOptions } from './compiler/compile-options.js'
export { type CompileResult, compileTemplates } from './compiler/compile-templates.js'
export {
  memoryTemplateFiles,
  overlayTemplateFiles,
  type TemplateFiles,
} from './compiler/template-files.js'
