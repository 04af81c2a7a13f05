import { formatDate, formatMoney } from '@betterforus/clauses'
import type { AnswerValue, Question } from '@betterforus/questionnaire'

/**
 * An answer as the check-your-answers page shows it: option labels, £ amounts, % and dates in
 * words. Text stays exactly as typed.
 *
 * @param question The question.
 * @param value The answer.
 * @returns The lines to show.
 */
export function formatAnswer(question: Question, value: AnswerValue | undefined): string[] {
  if (value === undefined) return []
  const label = (option: string) =>
    question.options?.find((candidate) => candidate.value === option)?.label ?? option
  if (Array.isArray(value)) return value.map(label)
  if (typeof value === 'boolean') return [value ? 'Yes' : 'No']
  if (typeof value === 'number') {
    if (question.type === 'money') return [formatMoney(value)]
    if (question.type === 'percent') return [`${value}%`]
    return [String(value)]
  }
  if (question.type === 'date') return [formatDate(value)]
  if (question.type === 'one-of') return [label(value)]
  return value.split('\n')
}
