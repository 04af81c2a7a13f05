import { type Answers, getAnswer } from './answers.js'
import type { Condition } from './condition.js'
import { conditionReferences } from './condition-references.js'
import { createFacts } from './create-facts.js'
import { evaluateCondition } from './evaluate-condition.js'
import { explainCondition } from './explain-condition.js'
import type { Questionnaire } from './questionnaire.js'

/** A rule of the questionnaire that some answers break. */
export interface RuleViolation {
  /** The rule's id. */
  id: string
  /** The rule's message: what the law does not allow, and what to change. */
  message: string
  /** The rule's condition. */
  when: Condition
  /** Which answers break it, in words, such as `contract.type is "works"`. */
  because: string
  /**
   * The question to show the problem on: the first answered question the rule names (`regime`,
   * derived, is never one), or `undefined` when it names none that is answered.
   */
  questionId: string | undefined
}

/**
 * The combinations of answers the law does not allow (the questionnaire's `rules`) that these
 * answers make: one for `parseAnswers` and the web form alike.
 *
 * @param questionnaire The questionnaire.
 * @param answers The answers that are used (hidden ones left out).
 * @returns One violation per broken rule, in the questionnaire's order.
 */
export function ruleViolations(questionnaire: Questionnaire, answers: Answers): RuleViolation[] {
  const facts = createFacts(answers)
  return (questionnaire.rules ?? []).flatMap((rule) => {
    if (!evaluateCondition(rule.when, facts)) return []
    const questionId = conditionReferences(rule.when).find(
      (id) => id !== 'regime' && getAnswer(answers, id) !== undefined,
    )
    const because = explainCondition(rule.when, facts)
    return [{ id: rule.id, message: rule.message, when: rule.when, because, questionId }]
  })
}
