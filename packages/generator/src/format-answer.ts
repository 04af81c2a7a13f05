import { formatDate, formatMoney } from '@betterforus/clauses'
import type { AnswerValue, Question } from '@betterforus/questionnaire'

/**
 * An answer as a person reads it: option labels rather than values, yes or no, pounds and dates
 * in UK form.
 *
 * @example
 *   formatAnswer({ type: 'money', … }, 2500000) //=> '£2,500,000'
 */
export function formatAnswer(question: Question, value: AnswerValue): string {
  const label = (option: string) =>
    question.options?.find((candidate) => candidate.value === option)?.label ?? option
  if (Array.isArray(value)) return value.map(label).join(', ')
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (question.type === 'money' && typeof value === 'number') return formatMoney(value)
  if (question.type === 'percent') return `${value}%`
  if (question.type === 'date' && typeof value === 'string') return formatDate(value)
  if (question.type === 'one-of' || question.type === 'several-of') return label(String(value))
  return String(value)
}
