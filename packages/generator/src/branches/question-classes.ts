import { type Catalog, commencementDates, type Rate, selectRate } from '@betterforus/clauses'
import { PA2023_COMMENCEMENT, type Question } from '@betterforus/questionnaire'
import { isRateStale } from '../is-rate-stale.js'
import type { AnswerClass } from './answer-class.js'
import type { Comparison } from './collect-comparisons.js'

/** A harmless text answer: no defined term, no Markdown, nothing a check could mistake. */
export const TEXT_ANSWER = 'Example answer'

/**
 * The classes of one question, whatever hides it: each option; yes and no; numbers at and either
 * side of every threshold compared with, merged where no comparison tells them apart; dates on
 * either side of every boundary that changes the pack; text as one fixed value plus each literal
 * it is compared with. "Not answered" is added by the enumeration where it is allowed.
 */
export function questionClasses(
  question: Question,
  comparisons: readonly Comparison[],
  catalog: Catalog,
): AnswerClass[] {
  switch (question.type) {
    case 'one-of':
      return (question.options ?? []).map((option) => ({
        value: option.value,
        label: option.value,
      }))
    case 'yes-no':
      return [
        { value: true, label: 'yes' },
        { value: false, label: 'no' },
      ]
    case 'several-of':
      return severalOf(question, comparisons)
    case 'number':
    case 'money':
    case 'percent':
      return numbers(question, comparisons)
    case 'date':
      return dates(question, comparisons, catalog)
    default: {
      const literals = comparisons.flatMap((comparison) =>
        comparison.kind === 'equals' && typeof comparison.at === 'string' ? [comparison.at] : [],
      )
      return [...new Set([TEXT_ANSWER, ...literals])].map((value) => ({
        value,
        label: JSON.stringify(value),
      }))
    }
  }
}

/** Every subset of the options that `includes` names (the empty one as another option). */
function severalOf(question: Question, comparisons: readonly Comparison[]): AnswerClass[] {
  const options = (question.options ?? []).map((option) => option.value)
  const named = [
    ...new Set(comparisons.flatMap((c) => (c.kind === 'includes' ? [c.at] : []))),
  ].filter((value) => options.includes(value))
  const other = options.find((value) => !named.includes(value))
  const subsets: string[][] = []
  for (let mask = 0; mask < 2 ** named.length; mask++) {
    const subset = named.filter((_, index) => mask & (1 << index))
    if (subset.length > 0) subsets.push(subset)
    else if (other !== undefined) subsets.push([other])
  }
  return subsets.map((value) => ({ value, label: `[${value.join(', ')}]` }))
}

function holds(comparison: Comparison, value: number): boolean {
  if (comparison.kind === 'at-least') return value >= comparison.at
  if (comparison.kind === 'more-than') return value > comparison.at
  if (comparison.kind === 'equals') return value === comparison.at
  if (comparison.kind === 'truthy') return value !== 0
  return false
}

function numbers(question: Question, comparisons: readonly Comparison[]): AnswerClass[] {
  const min = question.min ?? (question.type === 'percent' ? 0 : Number.NEGATIVE_INFINITY)
  const max = question.max ?? (question.type === 'percent' ? 100 : Number.POSITIVE_INFINITY)
  const points = comparisons.flatMap((comparison): number[] => {
    if (comparison.kind === 'truthy') return [0]
    if (comparison.kind === 'includes' || typeof comparison.at !== 'number') return []
    return [comparison.at]
  })
  const step = (at: number) => (question.type === 'number' || Number.isInteger(at) ? 1 : 0.01)
  const candidates = [...new Set(points.flatMap((at) => [at - step(at), at, at + step(at)]))]
    .filter((value) => value >= min && value <= max)
    .filter((value) => !question.whole_number || Number.isInteger(value))
    .sort((a, b) => a - b)
  if (candidates.length === 0) candidates.push(Math.min(Math.max(1, min), max))
  return mergeBySignature(candidates, (value) =>
    comparisons.map((comparison) => holds(comparison, value)).join(),
  ).map((value) => ({ value, label: String(value) }))
}

/** An ISO date moved by some days. */
function addDays(iso: string, days: number): string {
  const day = new Date(`${iso}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + days)
  return day.toISOString().slice(0, 10)
}

/**
 * Dates: the start date on either side of the Procurement Act 2023 commencement (it decides the
 * regime) and of every date from which a cited provision applies (`data/citations.yaml`); the document date on either side of every rate announcement or change and of every
 * day from which the drafting memo warns that the rates may be stale.
 */
function dates(
  question: Question,
  comparisons: readonly Comparison[],
  catalog: Catalog,
): AnswerClass[] {
  const literals = comparisons.flatMap((c) =>
    c.kind === 'equals' && typeof c.at === 'string' ? [c.at] : [],
  )
  const rates = catalog.data.rates
  const boundaries =
    question.id === 'procurement.startDate'
      ? [PA2023_COMMENCEMENT, ...commencementDates(catalog.data.provisions), ...literals]
      : question.id === 'document.date'
        ? [...documentDateBoundaries(rates), ...literals]
        : literals
  const candidates = [
    ...new Set(boundaries.flatMap((at) => [addDays(at, -1), at, addDays(at, 1)])),
  ].sort()
  if (candidates.length === 0) candidates.push(PA2023_COMMENCEMENT)
  const signature =
    question.id === 'document.date'
      ? (date: string) => rateSignature(rates, date)
      : (date: string) => boundaries.map((at) => date < at).join()
  return mergeBySignature(candidates, signature).map((value) => ({ value, label: value }))
}

function documentDateBoundaries(rates: readonly Rate[]): string[] {
  const found = new Set<string>()
  for (const rate of rates) {
    found.add(rate.announced_on)
    found.add(rate.effective_from)
    const [year = 0] = rate.announced_on.split('-').map(Number)
    found.add(`${year + 1}${rate.announced_on.slice(4)}`)
    found.add(`${year + 1}-01-01`)
    found.add(`${year}-12-01`)
    found.add(`${year + 1}-12-01`)
  }
  return [...found].map((date) => (date.endsWith('-02-29') ? date.replace('-29', '-28') : date))
}

/** What a document date selects: the rate of every scheme and region, and the stale warning. */
function rateSignature(rates: readonly Rate[], date: string): string {
  const pick = (scheme: string, place: string) => {
    try {
      const rate = selectRate(rates, { scheme, place, date })
      return `${rate.announced_on}/${rate.effective_from}`
    } catch {
      return 'none'
    }
  }
  return [
    pick('rlw', 'rest-of-uk'),
    pick('rlw', 'london'),
    pick('nlw', 'all'),
    isRateStale(rates, date),
  ].join()
}

/** Keep the first value of each signature, in order. */
function mergeBySignature<T>(values: readonly T[], signature: (value: T) => string): T[] {
  const seen = new Set<string>()
  return values.filter((value) => {
    const key = signature(value)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
