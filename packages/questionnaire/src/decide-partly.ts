import type { AnswerValue } from './answers.js'
import type { Condition } from './condition.js'
import { evaluateCondition } from './evaluate-condition.js'

/** Stands for an answer not chosen yet. */
export const UNKNOWN: unique symbol = Symbol('unknown')

/**
 * Looks up an answer chosen so far, or a derived fact such as `regime`: `UNKNOWN` when it is not
 * chosen yet. Every `Facts` is a `PartialFacts` that knows everything.
 */
export type PartialFacts = (id: string) => AnswerValue | undefined | typeof UNKNOWN

/**
 * Decide a condition on answers chosen so far (Kleene's three-valued logic): `undefined` when
 * the answers not chosen yet could still make it either way.
 *
 * @param condition
 *   The condition, as read from `show_if`, `include_when` or a rule.
 * @param facts
 *   Looks up answers chosen so far.
 * @returns
 *   Whether the condition holds, or `undefined` while it cannot be told.
 * @example
 *   decidePartly({ answer: 'pay.approach', is: 'require' }, () => UNKNOWN) //=> undefined
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
