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

/**
 * Set a value at a dotted question id in a nested object, making each missing group without a
 * prototype, so an id such as `constructor.prototype.x` makes its own groups instead of walking
 * into `Object.prototype`. The object is changed in place.
 *
 * @param target
 *   The nested object being built (answers, or a template's context).
 * @param id
 *   Dotted question id, such as `contract.type`.
 * @param value
 *   What to set.
 * @example
 *   setAtId(Object.create(null), 'contract.type', 'works') //=> { contract: { type: 'works' } }
 */
export function setAtId(target: Record<string, unknown>, id: string, value: unknown): void {
  const parts = id.split('.')
  let node = target
  for (const part of parts.slice(0, -1)) {
    if (!Object.hasOwn(node, part)) node[part] = Object.create(null)
    node = node[part] as Record<string, unknown>
  }
  node[parts.at(-1) as string] = value
}

function isAnswerValue(value: unknown): value is AnswerValue {
  if (typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}
