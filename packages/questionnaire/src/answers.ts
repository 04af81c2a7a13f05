/** One answer: text, a number, yes/no, or the values picked in a several-of question. */
export type AnswerValue = string | number | boolean | string[]

/** Answers nested by the dotted question ids: `contract.type` is `answers.contract.type`. */
export interface Answers {
  readonly [key: string]: AnswerValue | Answers
}

/**
 * Look up the answer to a question by its dotted id.
 *
 * Note: only own properties are read, so `constructor` or `__proto__` never reach
 * `Object.prototype`.
 *
 * @param answers
 *   Nested answers.
 * @param id
 *   Dotted question id, such as `contract.type`.
 * @returns
 *   The answer, or `undefined` when there is none (or the id names a group of answers).
 * @example
 *   getAnswer({ contract: { type: 'works' } }, 'contract.type') //=> 'works'
 */
export function getAnswer(answers: Answers, id: string): AnswerValue | undefined {
  let current: AnswerValue | Answers = answers
  for (const segment of id.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined
    if (!Object.hasOwn(current, segment)) return undefined
    current = (current as Answers)[segment] as AnswerValue | Answers
  }
  return isAnswerValue(current) ? current : undefined
}

function isAnswerValue(value: unknown): value is AnswerValue {
  if (typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}
