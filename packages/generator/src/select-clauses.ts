import {
  type Catalog,
  type CatalogClause,
  DEFINITIONS_CLAUSE,
  type Regime,
} from '@betterforus/clauses'
import {
  type Answers,
  evaluateCondition,
  explainCondition,
  type Facts,
  getAnswer,
} from '@betterforus/questionnaire'

/** Why a clause is in the pack or not: every clause of the catalog gets one (G10). */
export interface ClauseDecision {
  id: string
  version: string
  included: boolean
  reason: string
  /** The pack document the clause is placed in, if any. */
  document?: string
}

function decide(
  clause: CatalogClause,
  document: string | undefined,
  answers: Answers,
  facts: Facts,
  regime: Regime,
) {
  const { meta } = clause
  const nation = getAnswer(answers, 'authority.nation')
  const type = getAnswer(answers, 'contract.type')
  if (meta.status === 'withdrawn') return 'withdrawn from the library'
  if (!document) return 'not placed in any document of the pack'
  if (!meta.applies.regimes.includes(regime))
    return `applies under ${meta.applies.regimes.join(', ')}, not ${regime}`
  if (!meta.applies.nations.includes(nation as never))
    return `applies in ${meta.applies.nations.join(', ')}, not ${String(nation)}`
  if (!meta.applies.contract_types.includes(type as never)) {
    return `applies to ${meta.applies.contract_types.join(', ')} contracts, not ${String(type)}`
  }
  if (!evaluateCondition(meta.include_when, facts))
    return `include_when does not hold: ${explainCondition(meta.include_when, facts)}`
  return undefined
}

/**
 * Decide, for every clause of the catalog, whether it is in the pack and why.
 *
 * @returns One decision per clause, in catalog order.
 */
export function selectClauses(
  catalog: Catalog,
  answers: Answers,
  facts: Facts,
  regime: Regime,
): ClauseDecision[] {
  const placement = new Map<string, string>()
  for (const document of catalog.documents) {
    if (!catalog.pack.documents.includes(document.meta.id)) continue
    for (const id of document.meta.clauses) placement.set(id, document.meta.id)
    if (document.meta.definitions && !placement.has(DEFINITIONS_CLAUSE))
      placement.set(DEFINITIONS_CLAUSE, document.meta.id)
  }
  return catalog.clauses.map((clause) => {
    const document = placement.get(clause.meta.id)
    const excluded = decide(clause, document, answers, facts, regime)
    return {
      id: clause.meta.id,
      version: clause.meta.version,
      included: excluded === undefined,
      reason:
        excluded ??
        (clause.meta.include_when === 'always'
          ? 'always included where it applies'
          : `include_when holds: ${explainCondition(clause.meta.include_when, facts)}`),
      ...(document && { document }),
    }
  })
}
