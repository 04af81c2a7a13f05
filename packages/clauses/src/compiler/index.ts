// The Node-only compiler of `@betterforus/clauses`: reads a templates folder, checks it and
// compiles it. Library code and browsers use the prebuilt catalog from the main entry instead.

export { catalogFromSource } from './catalog-from-source.js'
export type { CatalogSource, TemplateSource } from './catalog-source.js'
export { compileCatalog } from './compile-catalog.js'
export { type CompileResult, compileTemplates } from './compile-templates.js'
export { folderTemplateFiles } from './folder-template-files.js'
export { listTemplateCalls } from './list-template-calls.js'
export { type ClauseVersions, readClauseVersions } from './read-clause-versions.js'
export {
  memoryTemplateFiles,
  overlayTemplateFiles,
  type TemplateFiles,
} from './template-files.js'
export { writeAnswersType } from './write-answers-type.js'
export { writeCatalogModule } from './write-catalog-module.js'
