import type { Question } from './question.js'
import { questionLabel } from './question-label.js'

/**
 * The message for text written so that YAML reads it as something else (`012345`, `yes`, `1.10`).
 *
 * @param question
 *   The question that expects text.
 * @param source
 *   The value as written in the file (or as received, when there is no file).
 * @param value
 *   The value as read.
 * @returns
 *   The message.
 * @example
 *   quoteTheValue(question, '012345', 12345)
 *   //=> 'procurement.reference ("…") expects text, but 012345 was read as a number; put the value in quotes: "012345"'
 */
export function quoteTheValue(
  question: Pick<Question, 'id' | 'text'>,
  source: string,
  value: unknown,
): string {
  return `${questionLabel(question)} expects text, but ${source} was read as ${kindOf(value)}; put the value in quotes: ${JSON.stringify(source)}`
}

/**
 * Say what kind of value was read, for a message.
 *
 * @param value
 *   Any value.
 * @returns
 *   For example `a number` or `a list`.
 */
export function kindOf(value: unknown): string {
  if (typeof value === 'number') return 'a number'
  if (typeof value === 'bigint') return 'a number'
  if (typeof value === 'boolean') return `the yes/no value ${value}`
  if (value instanceof Date) return 'a date'
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return 'text'
  return 'a group of answers'
}

/**
 * Whether a value is a scalar that was meant as text but read otherwise.
 *
 * @param value
 *   Any value.
 * @returns
 *   `true` for numbers, yes/no values and dates.
 */
export function isMisreadScalar(value: unknown): boolean {
  return ['number', 'bigint', 'boolean'].includes(typeof value) || value instanceof Date
}
