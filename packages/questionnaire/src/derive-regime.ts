import { type Answers, getAnswer } from './answers.js'

/** The procurement regimes a clause can be written for. */
export type Regime = 'pa2023' | 'pcr2015' | 'scotland'

/** Facts derived from the answers, which conditions may name like answers. */
export const DERIVED_FACTS: readonly string[] = Object.freeze(['regime'])

/**
 * The day the Procurement Act 2023 came into force in England, Wales and Northern Ireland.
 *
 * Note: under the transitional provisions of the Procurement Act 2023 (Commencement No. 3 and
 * Transitional and Saving Provisions) Regulations 2024, a procurement begun before this day
 * continues under the Public Contracts Regulations 2015.
 */
export const PA2023_COMMENCEMENT = '2025-02-24'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * Work out which procurement regime applies.
 *
 * @param answers
 *   Answers; reads `authority.nation` and `procurement.startDate`.
 * @returns
 *   `scotland` for a Scottish authority; otherwise `pcr2015` for a procurement started before
 *   24 February 2025; otherwise `pa2023` (also when the start date is unanswered).
 * @example
 *   deriveRegime({ procurement: { startDate: '2024-06-01' } }) //=> 'pcr2015'
 */
export function deriveRegime(answers: Answers): Regime {
  if (getAnswer(answers, 'authority.nation') === 'scotland') return 'scotland'
  const start = getAnswer(answers, 'procurement.startDate')
  if (typeof start === 'string' && ISO_DATE.test(start) && start < PA2023_COMMENCEMENT) {
    return 'pcr2015'
  }
  return 'pa2023'
}
