import type { Condition, Facts } from './condition.js'
import { evaluateCondition } from './evaluate-condition.js'
import { formatValue } from './format-value.js'
import { isAnswered } from './is-answered.js'

/**
 * Say in plain English why a condition holds or does not.
 *
 * @param condition
 *   The condition.
 * @param facts
 *   Looks up answers and derived facts by id.
 * @returns
 *   The reason, naming each answer and its value.
 * @example
 *   explainCondition({ answer: 'pay.approach', is: 'require' }, () => 'score')
 *   //=> 'pay.approach is "score", not "require"'
 */
export function explainCondition(condition: Condition, facts: Facts): string {
  if (condition === 'always') return 'always'
  if ('all' in condition || 'any' in condition) {
    const items = 'all' in condition ? condition.all : condition.any
    const holds = evaluateCondition(condition, facts)
    // Note: name only the parts that decide the result.
    const deciding = items.filter((item) => evaluateCondition(item, facts) === holds)
    const shown = 'any' in condition && holds ? deciding.slice(0, 1) : deciding
    return shown.map((item) => explainCondition(item, facts)).join(' and ')
  }
  if ('not' in condition) return explainCondition(condition.not, facts)
  const id = condition.answer
  const value = facts(id)
  const answered = isAnswered(value)
  if ('answered' in condition) return answered ? `${id} is answered` : `${id} is not answered`
  if (!answered) return `${id} is not answered`
  const actual = formatValue(value)
  const holds = evaluateCondition(condition, facts)
  if ('is' in condition) {
    return holds ? `${id} is ${actual}` : `${id} is ${actual}, not ${formatValue(condition.is)}`
  }
  if ('in' in condition) {
    const list = condition.in.map(formatValue).join(', ')
    return holds ? `${id} is ${actual}, one of ${list}` : `${id} is ${actual}, not one of ${list}`
  }
  if ('includes' in condition) {
    const wanted = formatValue(condition.includes)
    return holds
      ? `${id} includes ${wanted}`
      : `${id} is ${actual}, which does not include ${wanted}`
  }
  if ('at_least' in condition) {
    const limit = formatValue(condition.at_least)
    return holds
      ? `${id} is ${actual}, at least ${limit}`
      : `${id} is ${actual}, less than ${limit}`
  }
  const limit = formatValue(condition.less_than)
  return holds
    ? `${id} is ${actual}, less than ${limit}`
    : `${id} is ${actual}, not less than ${limit}`
}
