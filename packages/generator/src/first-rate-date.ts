import { type Rate, selectRate } from '@betterforus/clauses'

/**
 * The first date on which the data hold a rate in force for every scheme and region: the `rate`
 * helper prints the rate in force on the document's date, so a pack dated earlier has a rate it
 * cannot print.
 *
 * @param rates The dated rates from `data/rates.yaml`.
 * @returns An ISO date, or `undefined` when the data hold no rates.
 * @example
 *   firstRateDate(catalog.data.rates) //=> '2020-04-01'
 */
export function firstRateDate(rates: readonly Rate[]): string | undefined {
  const kinds = new Map(rates.map((rate) => [`${rate.scheme} ${rate.region}`, rate]))
  const dates = [...new Set(rates.flatMap((rate) => [rate.announced_on, rate.effective_from]))]
  // Note: a region is also a place `selectRate` accepts (`london`, `uk`, `all`).
  const holdsAll = (date: string) =>
    [...kinds.values()].every((kind) => {
      try {
        selectRate(rates, { scheme: kind.scheme, place: kind.region, date })
        return true
      } catch {
        return false
      }
    })
  return dates.sort().find(holdsAll)
}
