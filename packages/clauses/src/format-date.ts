import { isRealDate } from '@betterforus/questionnaire'

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * Format an ISO date as UK contracts print it, without `Intl` or the local time zone.
 *
 * @param iso A real calendar date such as `2026-05-01` (`2026-02-30` is refused, never printed).
 * @returns The date as `1 May 2026`.
 * @example
 *   formatDate('2026-05-01') //=> '1 May 2026'
 */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  const month = match ? months[Number(match[2]) - 1] : undefined
  if (!match || !month || !isRealDate(iso)) {
    throw new TypeError(
      `Expected a real date written YYYY-MM-DD, such as 2026-05-01, not \`${iso}\``,
    )
  }
  return `${Number(match[3])} ${month} ${match[1]}`
}
