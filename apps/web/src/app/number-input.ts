import type { Question } from '@betterforus/questionnaire'

export type NumberReading =
  | { kind: 'empty' }
  | { kind: 'ok'; value: number }
  | { kind: 'error'; message: string }

/**
 * Read a number, money or percent box as typed: commas and spaces between digits, a leading `£`
 * (money) and a trailing `%` (percent) are allowed, as people write them.
 *
 * @param raw The text typed.
 * @param question The question (its type and `whole_number`).
 * @returns The reading.
 * @example
 *   readNumberInput('£6,400,000', { type: 'money' }) //=> { kind: 'ok', value: 6400000 }
 */
export function readNumberInput(
  raw: string,
  question: Pick<Question, 'type' | 'whole_number'>,
): NumberReading {
  let text = raw.trim()
  if (text === '') return { kind: 'empty' }
  if (question.type === 'money') text = text.replace(/^£\s*/, '')
  if (question.type === 'percent') text = text.replace(/\s*%$/, '')
  text = text.replace(/(?<=\d)[,\s](?=\d)/g, '')
  if (/^-?\d+(?:\.\d+)?$/.test(text)) return { kind: 'ok', value: Number(text) }
  return { kind: 'error', message: notANumberMessage(question) }
}

function notANumberMessage(question: Pick<Question, 'type' | 'whole_number'>): string {
  if (question.type === 'money') return 'Enter an amount in pounds, like 2500000 or 1234.50'
  if (question.type === 'percent') return 'Enter a percentage as a number, like 20'
  if (question.whole_number === true) return 'Enter a whole number, like 36'
  return 'Enter a number, like 25'
}
