/**
 * The instant `yyyy-mm-ddT00:00:00Z` of an ISO date, or a TypeError naming the value: every date
 * a DOCX holds comes from the pack's date, never the clock.
 *
 * @example
 * fixedInstant('2026-06-01', '`options.date`') //=> '2026-06-01T00:00:00Z'
 */
export function fixedInstant(date: string, what: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(new Date(`${date}T00:00:00Z`).getTime())) {
    throw new TypeError(
      `Expected ${what} as an ISO date such as '2026-06-01', received ${JSON.stringify(date)}.`,
    )
  }
  return `${date}T00:00:00Z`
}
