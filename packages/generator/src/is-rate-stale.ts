import type { Rate } from '@betterforus/clauses'

/**
 * Whether a newer Real Living Wage rate may have been announced than the data holds: the
 * document's date is more than twelve months after the newest announcement, or past 30 November
 * of a year with no announcement on or after 1 September (announcements fall in September to
 * November).
 */
export function isRateStale(rates: readonly Rate[], documentDate: string): boolean {
  // Note: ISO dates sort as text.
  const newest =
    rates
      .filter((rate) => rate.scheme === 'rlw' && rate.announced_on <= documentDate)
      .map((rate) => rate.announced_on)
      .sort()
      .at(-1) ?? ''
  if (!newest) return true
  const [year = 0, month = 0, day = 0] = newest.split('-').map(Number)
  const yearLater = `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const documentYear = documentDate.slice(0, 4)
  const windowClosed = documentDate > `${documentYear}-11-30` && newest < `${documentYear}-09-01`
  return documentDate > yearLater || windowClosed
}
