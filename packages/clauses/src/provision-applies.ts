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
 * Whether a statutory provision applies to a procurement: its regime and nation, the authority's
 * kind, and its commencement for the procurement's start date (a Welsh devolved authority's own
 * date where the provision has one). The single home of this rule: the `cite` helper, both lints
 * and the tests all ask it.
 *
 * @param provision A provision of `data/citations.yaml`.
 * @param facts The pack's scope.
 * @returns True when the pack may cite it.
 * @example
 *   provisionApplies(s69, { regime: 'pa2023', nation: 'northern-ireland',
 *     authorityKind: 'ni-devolved', startDate: '2026-06-01' }) //=> false
 */
export function provisionApplies(provision: Provision, facts: ScopeFacts): boolean {
  const { applies } = provision
  if (!applies.regimes.includes(facts.regime)) return false
  if (applies.nations && !applies.nations.includes(facts.nation as never)) return false
  if (applies.not_authorities?.includes(facts.authorityKind)) return false
  const from =
    facts.authorityKind === 'welsh-devolved' && applies.from_welsh_devolved !== undefined
      ? applies.from_welsh_devolved
      : applies.from
  if (from === 'never') return false
  // Note: ISO dates compare as text; with no start date a dated provision is not assumed.
  if (from !== undefined) return facts.startDate !== undefined && facts.startDate >= from
  return true
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
