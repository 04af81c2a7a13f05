/**
 * Show a value in a message: text in double quotes, cut to about 200 characters.
 *
 * @param value
 *   Any value.
 * @returns
 *   Readable text.
 * @example
 *   formatValue('score') //=> '"score"'
 */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = [...value.slice(0, 400)]
    return JSON.stringify(shown.length > 200 ? `${shown.slice(0, 200).join('')}…` : value)
  }
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10)
  if (value === null) return 'null'
  if (typeof value === 'object') return 'an object'
  return String(value)
}
