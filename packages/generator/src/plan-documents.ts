import { type Catalog, type CatalogClause, documentClauseIds } from '@betterforus/clauses'
import type { DocumentPlan } from './build-document.js'
import { UnknownDocumentError } from './unknown-document-error.js'

/** Where a clause sits in the pack: its number and the document it is numbered in. */
export interface ClausePlace {
  number: string
  document: DocumentPlan
}

/**
 * The documents of a copy of the pack, each with its included clauses in order (the Definitions
 * clause first). Note: the drafting memo holds every note, so the clean issue copy leaves it out.
 */
export function planDocuments(
  catalog: Catalog,
  copy: 'drafter' | 'issue',
  included: ReadonlySet<string>,
): DocumentPlan[] {
  const clauseById = new Map(catalog.clauses.map((clause) => [clause.meta.id, clause]))
  return catalog.pack.documents.flatMap((id) => {
    const document = catalog.documents.find((candidate) => candidate.meta.id === id)
    if (!document) throw new TypeError(`The catalog's pack names a missing document \`${id}\``)
    if (document.meta.kind === 'memo' && copy === 'issue') return []
    const clauses = documentClauseIds(document)
      .filter((clauseId) => included.has(clauseId))
      .map((clauseId) => clauseById.get(clauseId) as CatalogClause)
    return [{ document, clauses }]
  })
}

/** Number each clause within its document, 1 upwards; a clause is numbered where it first sits. */
export function numberClauses(plans: readonly DocumentPlan[]): Map<string, ClausePlace> {
  const numbers = new Map<string, ClausePlace>()
  for (const plan of plans) {
    plan.clauses.forEach((clause, index) => {
      if (!numbers.has(clause.meta.id))
        numbers.set(clause.meta.id, { number: String(index + 1), document: plan })
    })
  }
  return numbers
}

/**
 * The plans of the documents asked for (all when `only` is absent).
 *
 * @throws {UnknownDocumentError} When `only` names a document the copy does not have.
 */
export function pickDocuments(
  plans: readonly DocumentPlan[],
  only: readonly string[] | undefined,
): readonly DocumentPlan[] {
  if (!only) return plans
  const ids = plans.map((plan) => plan.document.meta.id)
  const unknown = only.filter((id) => !ids.includes(id))
  if (unknown.length > 0) throw new UnknownDocumentError(unknown, ids)
  return plans.filter((plan) => only.includes(plan.document.meta.id))
}
