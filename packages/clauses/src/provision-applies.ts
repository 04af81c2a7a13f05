import type { Regime } from './schemas/common.js'
import type { AuthorityKind, Provision } from './schemas/data.js'

/** The answers that decide whether a provision applies: the scope of a pack. */
export interface ScopeFacts {
  regime: Regime
  /** `authority.nation`. */
  nation: string | undefined
  /** From `deriveAuthorityKind` of `@betterforus/questionnaire`. */
  authorityKind: AuthorityKind
  /** `procurement.startDate`, an ISO date. */
  startDate: string | undefined
}

/**
 * Why a statutory provision does not apply to a procurement, or undefined when it does: its
 * regime and nation, the authority's kind, and its commencement for the procurement's start date
 * (a Welsh devolved authority's own date where the provision has one). The single home of this
 * rule: the `cite` helper, both lints and the tests all ask it (or `provisionApplies`).
 *
 * @param provision A provision of `data/citations.yaml`.
 * @param facts The pack's scope.
 * @returns The reason, in words, or undefined.
 * @example
 *   scopeProblem(s69, { regime: 'pa2023', nation: 'northern-ireland',
 *     authorityKind: 'ni-devolved', startDate: '2026-06-01' })
 *   //=> 'it does not bind a ni-devolved authority'
 */
export function scopeProblem(provision: Provision, facts: ScopeFacts): string | undefined {
  const { applies } = provision
  if (!applies.regimes.includes(facts.regime))
    return `it applies only under ${applies.regimes.join(', ')}`
  if (applies.nations && !applies.nations.includes(facts.nation as never))
    return `it applies only in ${applies.nations.join(', ')}`
  if (applies.not_authorities?.includes(facts.authorityKind))
    return `it does not bind a ${facts.authorityKind} authority`
  const welsh =
    facts.authorityKind === 'welsh-devolved' && applies.from_welsh_devolved !== undefined
  const from = welsh ? applies.from_welsh_devolved : applies.from
  const whose = welsh ? ' by a Welsh devolved authority' : ''
  if (from === 'never') return `it has not commenced for procurements${whose}`
  // Note: ISO dates compare as text; with no start date a dated provision is not assumed.
  if (from !== undefined && (facts.startDate === undefined || facts.startDate < from))
    return `it applies only to procurements${whose} started on or after ${from}`
  return undefined
}

/**
 * Whether a statutory provision applies to a procurement (see `scopeProblem`).
 *
 * @example
 *   provisionApplies(s69, { regime: 'pa2023', nation: 'england', authorityKind: 'other',
 *     startDate: '2026-06-01' }) //=> true
 */
export function provisionApplies(provision: Provision, facts: ScopeFacts): boolean {
  return scopeProblem(provision, facts) === undefined
}

/** Every date on which some provision starts to apply: the start-date classes the lint needs. */
export function commencementDates(provisions: Readonly<Record<string, Provision>>): string[] {
  const dates = new Set<string>()
  for (const { applies } of Object.values(provisions)) {
    for (const date of [applies.from, applies.from_welsh_devolved])
      if (date !== undefined && date !== 'never') dates.add(date)
  }
  return [...dates].sort()
}
