import type { Question } from './question.js'
import type { Questionnaire } from './questionnaire.js'

/**
 * List the questions of every section, in order.
 *
 * @param questionnaire
 *   The questionnaire.
 * @returns
 *   Its questions.
 * @example
 *   listQuestions(questionnaire).map((question) => question.id) //=> ['authority.name', …]
 */
export function listQuestions(questionnaire: Questionnaire): Question[] {
  return questionnaire.sections.flatMap((section) => section.questions)
}
