/**
 * Whether a value counts as an answer: blank text, an empty list and `null` do not.
 *
 * @param value
 *   Any value read from answers.
 * @returns
 *   `true` when the question was answered.
 * @example
 *   isAnswered('  ') //=> false
 */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.length > 0
  return true
}
