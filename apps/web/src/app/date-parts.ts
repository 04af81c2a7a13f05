/** The three boxes of a GOV.UK date input, as typed. */
export interface DateParts {
  day: string
  month: string
  year: string
}

export type DatePart = keyof DateParts

/** What the three boxes hold: nothing, a real ISO date, or a problem naming the boxes at fault. */
export type DateReading =
  | { kind: 'empty' }
  | { kind: 'ok'; iso: string }
  | { kind: 'error'; message: string; parts: DatePart[] }

const ORDER: DatePart[] = ['day', 'month', 'year']

/**
 * Read a GOV.UK date input (day, month, year) as an ISO date `YYYY-MM-DD`, with the GOV.UK
 * error messages for incomplete and impossible dates.
 *
 * @param parts The boxes as typed.
 * @returns The reading.
 * @example
 *   readDateParts({ day: '2', month: '3', year: '2026' }) //=> { kind: 'ok', iso: '2026-03-02' }
 */
export function readDateParts(parts: DateParts): DateReading {
  const trimmed = {
    day: parts.day.trim(),
    month: parts.month.trim(),
    year: parts.year.trim(),
  }
  const missing = ORDER.filter((part) => trimmed[part] === '')
  if (missing.length === 3) return { kind: 'empty' }
  if (missing.length > 0) {
    const names = missing.join(' and ')
    return { kind: 'error', message: `The date must include a ${names}`, parts: missing }
  }
  const named = monthNumber(trimmed.month)
  if (named !== undefined) trimmed.month = String(named)
  const notNumbers = ORDER.filter((part) => !/^\d+$/.test(trimmed[part]))
  if (notNumbers.length > 0)
    return { kind: 'error', message: 'The date must be a real date', parts: notNumbers }
  if (trimmed.year.length !== 4)
    return { kind: 'error', message: 'The year must include 4 numbers', parts: ['year'] }
  const day = Number(trimmed.day)
  const month = Number(trimmed.month)
  const year = Number(trimmed.year)
  if (month < 1 || month > 12)
    return { kind: 'error', message: 'The date must be a real date', parts: ['month'] }
  if (day < 1 || day > daysInMonth(year, month))
    return { kind: 'error', message: 'The date must be a real date', parts: ['day'] }
  return {
    kind: 'ok',
    iso: `${trimmed.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  }
}

/**
 * Split an ISO date into the three boxes, without leading zeros (as a person types them).
 *
 * @param iso A date `YYYY-MM-DD`.
 * @returns The boxes; empty boxes when `iso` is not such a date.
 */
export function datePartsFromIso(iso: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return { day: '', month: '', year: '' }
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' }
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

/**
 * The number of a month written as a word: its full name or its first three letters ("Sept"
 * too), in any case, as GOV.UK asks date inputs to accept.
 */
function monthNumber(text: string): number | undefined {
  const word = text.toLowerCase().replace(/\.$/, '')
  if (!/^[a-z]{3,9}$/.test(word)) return undefined
  const index = MONTHS.findIndex(
    (month) =>
      month === word || month.slice(0, 3) === word || (word === 'sept' && month === 'september'),
  )
  return index === -1 ? undefined : index + 1
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}
