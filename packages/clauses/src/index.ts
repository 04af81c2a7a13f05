// The public API of `@betterforus/clauses`. The Node-only compiler is the `./compiler` subpath;
// Handlebars environments and compile options are internal and deliberately not exported.
export type { CatalogAnswers } from './answers.generated.js'
export { catalog } from './catalog.js'
export type {
  Catalog,
  CatalogClause,
  CatalogData,
  CatalogDocument,
  GlossaryEntry,
  Template,
  TemplateTest,
  TemplateUses,
  TestOperand,
} from './catalog-types.js'
export { clauseApplies, clauseInputs, explainClauseApplies } from './clause-applies.js'
export { defineAnswers } from './define-answers.js'
export { DEFINITIONS_CLAUSE, documentClauseIds } from './definitions-clause.js'
export { findPlaceholder } from './find-placeholder.js'
export { findTerms } from './find-terms.js'
export { formatDate } from './format-date.js'
export { formatMoney } from './format-money.js'
export { type CatalogWith, loadCatalog } from './load-catalog.js'
export {
  commencementDates,
  provisionApplies,
  type ScopeFacts,
  scopeProblem,
} from './provision-applies.js'
export { SLOT_CLOSE, SLOT_OPEN, type Slot } from './render-state.js'
export {
  type RenderedTemplate,
  type RenderInput,
  renderTemplate,
  SCOPE_INPUTS,
  scopeOf,
} from './render-template.js'
export {
  type ClauseFrontMatter,
  clauseFrontMatterSchema,
} from './schemas/clause-front-matter.js'
export { contractTypes, nations, principles, type Regime, regimes } from './schemas/common.js'
export type { AuthorityKind, Citation, Provision, Rate, Threshold } from './schemas/data.js'
export type { DocumentFrontMatter } from './schemas/document-front-matter.js'
export { selectCitation } from './select-citation.js'
export { rateDate, selectRate } from './select-rate.js'
export { type HelperName, helperNames } from './template-helpers.js'
export {
  compareVersions,
  InvalidVersionError,
  isPrerelease,
  isVersion,
  type VersionBump,
  versionBump,
} from './version-bump.js'
