/**
 * Normalise an answer's text: line endings to `\n`, Unicode to NFC, and spaces, tabs and line
 * breaks trimmed from both ends.
 *
 * Note: only ASCII white space is trimmed, so an invisible character at either end is reported,
 * never dropped silently.
 *
 * @param text
 *   Text as received.
 * @returns
 *   Normalised text.
 * @example
 *   normaliseText(' Caf\u0065\u0301\r\n') //=> 'Café'
 */
export function normaliseText(text: string): string {
  const unified = text.replaceAll('\r\n', '\n').replaceAll('\r', '\n').normalize('NFC')
  let start = 0
  let end = unified.length
  while (start < end && isSpace(unified.charCodeAt(start))) start++
  while (end > start && isSpace(unified.charCodeAt(end - 1))) end--
  return unified.slice(start, end)
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a
}
