/**
 * Format an amount in pounds without `Intl`, so output never depends on the locale data of the
 * machine.
 *
 * @param amount A finite number of pounds.
 * @returns The amount as printed in a contract, pence shown only when there are any.
 * @example
 *   formatMoney(2500000) //=> '£2,500,000'
 *   formatMoney(13.5) //=> '£13.50'
 */
export function formatMoney(amount: number): string {
  if (!Number.isFinite(amount)) {
    throw new TypeError(`Expected a finite amount of pounds, not \`${amount}\``)
  }
  const pence = Math.round(Math.abs(amount) * 100)
  const pounds = Math.floor(pence / 100)
  const rest = pence % 100
  const grouped = String(pounds).replace(/\B(?=(\d{3})+$)/g, ',')
  const sign = amount < 0 ? '-' : ''
  return `${sign}£${grouped}${rest === 0 ? '' : `.${String(rest).padStart(2, '0')}`}`
}
