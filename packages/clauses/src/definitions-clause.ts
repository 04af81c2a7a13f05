import type { CatalogDocument } from './catalog-types.js'

/** The id of the clause that opens a document with `definitions: true`, before its defined terms. */
export const DEFINITIONS_CLAUSE = 'definitions'

/**
 * The ids of a document's clauses in order: the Definitions clause first when the document has
 * `definitions: true`, then the clauses its front matter lists.
 */
export function documentClauseIds(document: Pick<CatalogDocument, 'meta'>): string[] {
  return [...(document.meta.definitions ? [DEFINITIONS_CLAUSE] : []), ...document.meta.clauses]
}
