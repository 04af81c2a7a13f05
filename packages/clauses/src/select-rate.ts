import type { Rate } from './schemas/data.js'

/**
 * Where contract staff work, as answered or written in a template, mapped to a rate region.
 * A `Map`, so a place such as `toString` finds nothing rather than an inherited function.
 */
export const RATE_REGION_OF_PLACE: ReadonlyMap<string, Rate['region']> = new Map([
  ['london', 'london'],
  ['rest-of-uk', 'uk'],
  ['uk', 'uk'],
  ['all', 'all'],
])

/**
 * The date a rate counts from when a document's date selects it: the National Living Wage from
 * when it takes effect (it is law from that day), the Real Living Wage and the others from their
 * announcement (employers are asked to pay it from then, by its comply-by date).
 *
 * @example
 *   rateDate({ scheme: 'nlw', announced_on: '2025-11-26', effective_from: '2026-04-01', … })
 *   //=> '2026-04-01'
 */
export function rateDate(rate: Rate): string {
  return rate.scheme === 'nlw' ? rate.effective_from : rate.announced_on
}

/**
 * Select the rate in force for a document: the latest one dated (`rateDate`) on or before its
 * date.
 *
 * @param rates The dated rates from `data/rates.yaml`.
 * @param query The scheme (`rlw`, `nlw`), the place (`london`, `rest-of-uk`) and the ISO date.
 * @returns The rate.
 * @example
 *   selectRate(rates, { scheme: 'rlw', place: 'london', date: '2026-06-01' }).rate //=> 14.8
 */
export function selectRate(
  rates: readonly Rate[],
  query: { scheme: string; place: string; date: string },
): Rate {
  // Note: the National Living Wage has one rate for the whole UK.
  const region = query.scheme === 'nlw' ? 'all' : RATE_REGION_OF_PLACE.get(query.place)
  let best: Rate | undefined
  for (const rate of rates) {
    if (rate.scheme !== query.scheme || rate.region !== region) continue
    if (rateDate(rate) > query.date) continue
    if (!best || rateDate(rate) > rateDate(best)) best = rate
  }
  if (!best) {
    throw new RangeError(
      `No ${query.scheme} rate for ${query.place} was announced on or before ${query.date}`,
    )
  }
  return best
}
