/**
 * Format an amount in pounds without `Intl`, so output never depends on the locale data of the
 * machine.
 *
 * @param amount A finite number of pounds whose pence a double holds exactly (under about £90
 *   trillion; answers are capped far lower, see `MONEY_MAX` of the questionnaire).
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
  // Note: beyond 2^53 pence a double invents the last digits, and String() switches to `1e+23`.
  if (!Number.isSafeInteger(pence)) {
    throw new RangeError(
      `Expected an amount under £90 trillion, whose pence print exactly, not \`${amount}\``,
    )
  }
  const pounds = Math.floor(pence / 100)
  const rest = pence % 100
  const grouped = String(pounds).replace(/\B(?=(\d{3})+$)/g, ',')
  const sign = amount < 0 ? '-' : ''
  return `${sign}£${grouped}${rest === 0 ? '' : `.${String(rest).padStart(2, '0')}`}`
}
