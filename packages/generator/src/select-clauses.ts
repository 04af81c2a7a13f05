import { type Catalog, documentClauseIds, explainClauseApplies } from '@betterforus/clauses'
import type { Facts } from '@betterforus/questionnaire'

/** Why a clause is in the pack or not: every clause of the catalog gets one (G10). */
export interface ClauseDecision {
  id: string
  version: string
  included: boolean
  reason: string
  /** The pack document the clause is placed in, if any. */
  document?: string
}

/**
 * Decide, for every clause of the catalog, whether it is in the pack and why: a clause is in the
 * pack when a document of the pack places it and it applies (`clauseApplies`).
 *
 * @returns One decision per clause, in catalog order.
 */
export function selectClauses(catalog: Catalog, facts: Facts): ClauseDecision[] {
  const placement = new Map<string, string>()
  for (const document of catalog.documents) {
    if (!catalog.pack.documents.includes(document.meta.id)) continue
    for (const id of documentClauseIds(document))
      if (!placement.has(id)) placement.set(id, document.meta.id)
  }
  return catalog.clauses.map(({ meta }) => {
    const document = placement.get(meta.id)
    const { applies, reason } =
      document || meta.status === 'withdrawn'
        ? explainClauseApplies(meta, facts)
        : { applies: false, reason: 'not placed in any document of the pack' }
    return {
      id: meta.id,
      version: meta.version,
      included: applies,
      reason,
      ...(document && { document }),
    }
  })
}
