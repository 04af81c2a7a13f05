import {
  conditionReferences,
  decidePartly,
  evaluateCondition,
  explainCondition,
  type Facts,
  type PartialFacts,
  UNKNOWN,
} from '@betterforus/questionnaire'
import type { ClauseFrontMatter } from './schemas/clause-front-matter.js'
import { contractTypes, nations, regimes } from './schemas/common.js'

/** One of a clause's `applies` lists: the fact it is checked against, and how to say it fails. */
interface Scope {
  id: string
  list: (meta: ClauseFrontMatter) => readonly string[]
  every: readonly string[]
  says: (list: string, value: string) => string
}

const SCOPES: readonly Scope[] = [
  {
    id: 'regime',
    list: (meta) => meta.applies.regimes,
    every: regimes,
    says: (list, value) => `applies under ${list}, not ${value}`,
  },
  {
    id: 'authority.nation',
    list: (meta) => meta.applies.nations,
    every: nations,
    says: (list, value) => `applies in ${list}, not ${value}`,
  },
  {
    id: 'contract.type',
    list: (meta) => meta.applies.contract_types,
    every: contractTypes,
    says: (list, value) => `applies to ${list} contracts, not ${value}`,
  },
]

/** A list naming every value does not depend on the fact at all, so it need not be known. */
function isEverywhere(scope: Scope, meta: ClauseFrontMatter): boolean {
  const list = scope.list(meta)
  return scope.every.every((value) => list.includes(value))
}

/** Whether a scope holds: `undefined` while its fact is not chosen yet. */
function scopeHolds(scope: Scope, meta: ClauseFrontMatter, facts: PartialFacts) {
  if (isEverywhere(scope, meta)) return true
  const value = facts(scope.id)
  return value === UNKNOWN ? undefined : scope.list(meta).includes(value as string)
}

/**
 * The answers (and the derived `regime`) that decide whether a clause applies: those its
 * `include_when` names and those its `applies` lists narrow.
 *
 * @example
 *   clauseInputs(meta) //=> ['pay.approach', 'authority.nation']
 */
export function clauseInputs(meta: ClauseFrontMatter): string[] {
  return [
    ...conditionReferences(meta.include_when),
    ...SCOPES.filter((scope) => !isEverywhere(scope, meta)).map((scope) => scope.id),
  ]
}

/**
 * Whether a clause applies to some answers: it is not withdrawn, its regime, nation and contract
 * type lists hold, and its `include_when` holds. The one rule for the generator and the branch
 * lint alike.
 *
 * @param meta The clause's front matter.
 * @param facts Answers and derived facts (`createFacts`), or those chosen so far.
 * @returns `'unknown'` only while an answer in `clauseInputs(meta)` is `UNKNOWN`.
 */
export function clauseApplies(meta: ClauseFrontMatter, facts: PartialFacts): boolean | 'unknown' {
  if (meta.status === 'withdrawn') return false
  const results = [
    ...SCOPES.map((scope) => scopeHolds(scope, meta, facts)),
    decidePartly(meta.include_when, facts),
  ]
  if (results.includes(false)) return false
  return results.includes(undefined) ? 'unknown' : true
}

/**
 * Why a clause applies or not, in words, for the manifest and the drafting memo: the first test
 * of `clauseApplies` that fails, or why it holds.
 *
 * @param meta The clause's front matter.
 * @param facts Answers and derived facts (`createFacts`).
 */
export function explainClauseApplies(
  meta: ClauseFrontMatter,
  facts: Facts,
): { applies: boolean; reason: string } {
  if (meta.status === 'withdrawn') return { applies: false, reason: 'withdrawn from the library' }
  for (const scope of SCOPES) {
    if (scopeHolds(scope, meta, facts)) continue
    const reason = scope.says(scope.list(meta).join(', '), String(facts(scope.id)))
    return { applies: false, reason }
  }
  const explained = explainCondition(meta.include_when, facts)
  if (!evaluateCondition(meta.include_when, facts)) {
    return { applies: false, reason: `include_when does not hold: ${explained}` }
  }
  const reason =
    meta.include_when === 'always'
      ? 'always included where it applies'
      : `include_when holds: ${explained}`
  return { applies: true, reason }
}
