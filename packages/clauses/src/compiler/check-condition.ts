import {
  type Condition,
  conditionReferences,
  listQuestions,
  type Questionnaire,
} from '@betterforus/questionnaire'
import { regimes } from '../schemas/common.js'

/**
 * Check a condition against the questionnaire: every name is a question (or `regime`), and every
 * value is one the question can take.
 *
 * @returns Problems as plain sentences; empty when the condition is sound.
 */
export function checkCondition(condition: Condition, questionnaire: Questionnaire): string[] {
  const questions = new Map(listQuestions(questionnaire).map((question) => [question.id, question]))
  const problems: string[] = []
  for (const name of conditionReferences(condition)) {
    if (name !== 'regime' && !questions.has(name)) {
      problems.push(`condition names \`${name}\`, which is not a question of the questionnaire`)
    }
  }
  const visit = (node: Condition) => {
    if (node === 'always') return
    if ('all' in node) return node.all.forEach(visit)
    if ('any' in node) return node.any.forEach(visit)
    if ('not' in node) return visit(node.not)
    const allowed =
      node.answer === 'regime'
        ? [...regimes]
        : questions.get(node.answer)?.options?.map((option) => option.value)
    if (!allowed) return
    const values =
      'is' in node ? [node.is] : 'in' in node ? node.in : 'includes' in node ? [node.includes] : []
    for (const value of values) {
      if (!allowed.includes(value as string)) {
        problems.push(
          `\`${node.answer}\` is never \`${String(value)}\`; it is one of ${allowed.join(', ')}`,
        )
      }
    }
  }
  visit(condition)
  return problems
}
