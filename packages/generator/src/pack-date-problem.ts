import { type CatalogData, formatDate, rateDate } from '@betterforus/clauses'

/**
 * Why a pack cannot carry this date, if it cannot: the rates it prints are selected by the
 * pack's date, and the data holds none before its first announcement of each scheme.
 *
 * @param data The catalog's dated data.
 * @param date The pack's date (`document.date`), an ISO date.
 * @returns The problem, naming the answer and the fix, or `undefined` when every rate exists.
 * @example
 *   packDateProblem(catalog.data, '2019-01-01')
 *   //=> '`document.date` is 1 January 2019, before the first nlw rate for all in the data …'
 */
export function packDateProblem(data: CatalogData, date: string): string | undefined {
  // Note: the first rate of each scheme and region, dated as `selectRate` dates them.
  const firsts = new Map<string, { scheme: string; region: string; from: string }>()
  for (const rate of data.rates) {
    const from = rateDate(rate)
    const key = `${rate.scheme} ${rate.region}`
    const known = firsts.get(key)
    if (known === undefined || from < known.from)
      firsts.set(key, { scheme: rate.scheme, region: rate.region, from })
  }
  const missing = [...firsts.values()].find((first) => first.from > date)
  if (!missing) return undefined
  const earliest = [...firsts.values()]
    .map((first) => first.from)
    .sort()
    .at(-1) as string
  return `\`document.date\` is ${formatDate(date)}, before the first ${missing.scheme} rate for ${missing.region} in the data (${formatDate(missing.from)}), which the pack prints; date the pack on or after ${formatDate(earliest)}`
}
