import { type Answers, type AnswerValue, getAnswer } from './answers.js'
import { type PartialFacts, UNKNOWN } from './decide-partly.js'

/** The procurement regimes a clause can be written for. */
export const regimes = ['pa2023', 'pcr2015', 'scotland'] as const

/** A procurement regime: one of `regimes`. */
export type Regime = (typeof regimes)[number]

/** Facts derived from the answers, which conditions may name like answers. */
export const DERIVED_FACTS: readonly string[] = Object.freeze(['regime'])

/** The answers `deriveRegime` reads, so whatever depends on `regime` depends on these. */
export const REGIME_INPUTS = ['authority.nation', 'procurement.startDate'] as const

/**
 * The day the Procurement Act 2023 came into force in England, Wales and Northern Ireland.
 *
 * Note: under the transitional provisions of the Procurement Act 2023 (Commencement No. 3 and
 * Transitional and Saving Provisions) Regulations 2024, a procurement begun before this day
 * continues under the Public Contracts Regulations 2015.
 */
export const PA2023_COMMENCEMENT = '2025-02-24'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** The regime from the values of `REGIME_INPUTS`, in that order. */
function regimeOf(nation: AnswerValue | undefined, start: AnswerValue | undefined): Regime {
  if (nation === 'scotland') return 'scotland'
  if (typeof start === 'string' && ISO_DATE.test(start) && start < PA2023_COMMENCEMENT) {
    return 'pcr2015'
  }
  return 'pa2023'
}

/**
 * Work out which procurement regime applies.
 *
 * @param answers
 *   Answers; reads `REGIME_INPUTS`: `authority.nation` and `procurement.startDate`.
 * @returns
 *   `scotland` for a Scottish authority; otherwise `pcr2015` for a procurement started before
 *   24 February 2025; otherwise `pa2023` (also when the start date is unanswered).
 * @example
 *   deriveRegime({ procurement: { startDate: '2024-06-01' } }) //=> 'pcr2015'
 */
export function deriveRegime(answers: Answers): Regime {
  const [nation, start] = REGIME_INPUTS.map((id) => getAnswer(answers, id))
  return regimeOf(nation, start)
}

/**
 * The regime from answers chosen so far, or `UNKNOWN` until both of `REGIME_INPUTS` are.
 *
 * @example
 *   regimeSoFar((id) => (id === 'authority.nation' ? 'wales' : UNKNOWN)) //=> UNKNOWN
 */
export function regimeSoFar(facts: PartialFacts): Regime | typeof UNKNOWN {
  const [nation, start] = REGIME_INPUTS.map(facts)
  if (nation === UNKNOWN || start === UNKNOWN) return UNKNOWN
  return regimeOf(nation, start)
}
