import { type Answers, getAnswer } from './answers.js'
import { deriveRegime } from './derive-regime.js'
import { evaluateCondition } from './evaluate-condition.js'
import { listQuestions } from './list-questions.js'
import type { Questionnaire } from './questionnaire.js'

/**
 * Work out which questions are shown, in questionnaire order.
 *
 * Note: a question hidden by its `show_if` counts as unanswered for the conditions of later
 * questions, so answers left over from another path never show a question.
 *
 * @param questionnaire
 *   The questionnaire.
 * @param answers
 *   Nested answers.
 * @returns
 *   The ids of the visible questions, in order.
 */
export function visibleQuestionIds(questionnaire: Questionnaire, answers: Answers): Set<string> {
  const visible = new Set<string>()
  const facts = (id: string) => {
    if (id === 'regime') return deriveRegime(answers)
    return visible.has(id) ? getAnswer(answers, id) : undefined
  }
  for (const question of listQuestions(questionnaire)) {
    if (question.show_if === undefined || evaluateCondition(question.show_if, facts)) {
      visible.add(question.id)
    }
  }
  return visible
}
