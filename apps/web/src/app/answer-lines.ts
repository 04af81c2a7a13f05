import { formatAnswer } from '@betterforus/generator'
import type { AnswerValue, Question } from '@betterforus/questionnaire'

/**
 * An answer as the check-your-answers page shows it, one line per item or typed line: option
 * labels, £ amounts, % and dates in words, as the drafting memo prints them. Text stays exactly
 * as typed.
 *
 * @param question The question.
 * @param value The answer.
 * @returns The lines to show.
 */
export function answerLines(question: Question, value: AnswerValue | undefined): string[] {
  if (value === undefined) return []
  if (Array.isArray(value)) return value.map((item) => formatAnswer(question, item))
  return formatAnswer(question, value).split('\n')
}
