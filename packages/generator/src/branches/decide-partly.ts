import {
  type AnswerValue,
  type Condition,
  deriveRegime,
  evaluateCondition,
} from '@betterforus/questionnaire'

/** Stands for an answer not chosen yet. */
export const UNKNOWN: unique symbol = Symbol('unknown')

/** Looks up an answer chosen so far: `UNKNOWN` when it is not chosen yet. */
export type PartialFacts = (id: string) => AnswerValue | undefined | typeof UNKNOWN

/**
 * Decide a condition on answers chosen so far (Kleene's three-valued logic): `undefined` when
 * the answers not chosen yet could still make it either way.
 */
export function decidePartly(condition: Condition, facts: PartialFacts): boolean | undefined {
  if (condition === 'always') return true
  if ('all' in condition) {
    const results = condition.all.map((item) => decidePartly(item, facts))
    if (results.includes(false)) return false
    return results.every((result) => result === true) ? true : undefined
  }
  if ('any' in condition) {
    const results = condition.any.map((item) => decidePartly(item, facts))
    if (results.includes(true)) return true
    return results.every((result) => result === false) ? false : undefined
  }
  if ('not' in condition) {
    const result = decidePartly(condition.not, facts)
    return result === undefined ? undefined : !result
  }
  const value = facts(condition.answer)
  if (value === UNKNOWN) return undefined
  return evaluateCondition(condition, () => value)
}

/** The answers `deriveRegime` reads. */
export const REGIME_INPUTS = ['authority.nation', 'procurement.startDate'] as const

/** The derived `regime` from answers chosen so far, or `UNKNOWN` until both of its inputs are. */
export function regimeSoFar(facts: PartialFacts): string | typeof UNKNOWN {
  const [nation, start] = REGIME_INPUTS.map(facts)
  if (nation === UNKNOWN || start === UNKNOWN) return UNKNOWN
  return deriveRegime({
    authority: { ...(nation !== undefined && { nation }) },
    procurement: { ...(start !== undefined && { startDate: start }) },
  })
}
