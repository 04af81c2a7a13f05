const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Whether text is a real calendar date written `YYYY-MM-DD`.
 *
 * @param text
 *   Text.
 * @returns
 *   `true` for `2028-02-29`, `false` for `2026-02-30` or `1 May 2026`.
 * @example
 *   isRealDate('2026-02-30') //=> false
 */
export function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text)
  if (match === null) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1) return false
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
  return day <= days
}
