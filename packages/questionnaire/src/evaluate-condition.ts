import type { Condition, Facts } from './condition.js'
import { isAnswered } from './is-answered.js'

/**
 * Decide a condition against the answers.
 *
 * Note: an unanswered question matches no `is`, `in`, `includes`, `at_least` or `less_than`, so
 * `{ not: { answer: x, is: y } }` is true when `x` is unanswered.
 *
 * @param condition
 *   The condition, as read from `show_if` or `include_when`.
 * @param facts
 *   Looks up answers and derived facts by id (see `createFacts`).
 * @returns
 *   Whether the condition holds.
 * @example
 *   evaluateCondition({ answer: 'pay.approach', is: 'require' }, () => 'score') //=> false
 */
export function evaluateCondition(condition: Condition, facts: Facts): boolean {
  if (condition === 'always') return true
  if ('all' in condition) return condition.all.every((item) => evaluateCondition(item, facts))
  if ('any' in condition) return condition.any.some((item) => evaluateCondition(item, facts))
  if ('not' in condition) return !evaluateCondition(condition.not, facts)
  const value = facts(condition.answer)
  if ('is' in condition) return value === condition.is
  if ('in' in condition) return !Array.isArray(value) && condition.in.some((item) => item === value)
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes)
  if ('at_least' in condition) return typeof value === 'number' && value >= condition.at_least
  if ('less_than' in condition) return typeof value === 'number' && value < condition.less_than
  return isAnswered(value) === condition.answered
}
