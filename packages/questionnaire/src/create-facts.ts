import { type Answers, getAnswer } from './answers.js'
import type { Facts } from './condition.js'
import { deriveRegime } from './derive-regime.js'

/**
 * Look up answers and the derived `regime` by id, for `evaluateCondition`.
 *
 * @param answers
 *   Nested answers.
 * @returns
 *   A lookup function.
 * @example
 *   createFacts({ authority: { nation: 'scotland' } })('regime') //=> 'scotland'
 */
export function createFacts(answers: Answers): Facts {
  return (id) => (id === 'regime' ? deriveRegime(answers) : getAnswer(answers, id))
}
