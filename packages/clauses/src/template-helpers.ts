import type { HelperOptions } from 'handlebars'
import { formatDate } from './format-date.js'
import { formatMoney } from './format-money.js'
import { AnswerText, type RenderState } from './render-state.js'
import { selectCitation } from './select-citation.js'
import { selectRate } from './select-rate.js'

/**
 * The only helpers templates may call. Each is documented in `templates/README.md`; a template
 * that calls anything else fails to compile (`knownHelpersOnly`).
 */
export const helperNames = [
  'money',
  'date',
  'rate',
  'threshold',
  'threshold_value',
  'cite',
  'ref',
  'term',
  'eq',
  'gt',
  'gte',
] as const

export type HelperName = (typeof helperNames)[number]

type Helper = (...args: unknown[]) => unknown

function stateOf(options: HelperOptions): RenderState {
  return (options.data as { render: RenderState }).render
}

/** An answer's value, or the value itself when it is a literal from the template. */
function unwrap(value: unknown): unknown {
  return value instanceof AnswerText ? value.value : value
}

function numberOf(value: unknown, helper: string): number {
  const number = unwrap(value)
  if (typeof number !== 'number') {
    throw new TypeError(`\`${helper}\` expects a number, not \`${String(number)}\``)
  }
  return number
}

function textOf(value: unknown, helper: string): string {
  const text = unwrap(value)
  if (typeof text !== 'string') {
    throw new TypeError(`\`${helper}\` expects text, not \`${String(text)}\``)
  }
  return text
}

function threshold(options: HelperOptions, key: string) {
  const thresholds = stateOf(options).data.thresholds
  // Note: own keys only, so `constructor` is unknown rather than Object's constructor.
  const found = Object.hasOwn(thresholds, key) ? thresholds[key] : undefined
  if (!found) throw new RangeError(`Unknown threshold \`${key}\` in data/thresholds.yaml`)
  return found
}

/** Print trusted text as a placeholder, so it is never read as Markdown. */
function print(options: HelperOptions, value: string): string {
  return stateOf(options).slot({ kind: 'text', value })
}

const helpers: Record<HelperName, Helper> = {
  money(amount, options) {
    const o = options as HelperOptions
    return print(o, formatMoney(numberOf(amount, 'money')))
  },
  date(iso, options) {
    const o = options as HelperOptions
    return print(o, formatDate(textOf(iso, 'date')))
  },
  rate(scheme, place, options) {
    const o = options as HelperOptions
    const state = stateOf(o)
    const rate = selectRate(state.data.rates, {
      scheme: textOf(scheme, 'rate'),
      place: textOf(place, 'rate'),
      date: state.documentDate,
    })
    const show = (o.hash as { show?: string }).show ?? 'amount'
    if (show === 'amount') return print(o, formatMoney(rate.rate))
    if (show === 'announced') return print(o, formatDate(rate.announced_on))
    if (show === 'comply_by' && rate.comply_by) return print(o, formatDate(rate.comply_by))
    throw new RangeError(`\`rate\` cannot show \`${show}\` for this rate`)
  },
  threshold(key, options) {
    const o = options as HelperOptions
    const found = threshold(o, textOf(key, 'threshold'))
    if (found.unit === 'pounds') return print(o, formatMoney(found.value))
    if (found.unit === 'percent') return print(o, `${found.value}%`)
    return print(o, String(found.value))
  },
  threshold_value(key, options) {
    return threshold(options as HelperOptions, textOf(key, 'threshold_value')).value
  },
  cite(topic, options) {
    const o = options as HelperOptions
    const state = stateOf(o)
    const name = textOf(topic, 'cite')
    const citation = selectCitation(state.data, name, state.scope)
    if (!citation)
      throw new RangeError(
        `No citation of \`${name}\` applies under ${state.regime}: data/citations.yaml has no form for it`,
      )
    const form = (o.hash as { form?: string }).form ?? 'full'
    if (form !== 'full' && form !== 'short')
      throw new RangeError(`\`cite\` prints form="full" or form="short", not \`${form}\``)
    return print(o, citation[form])
  },
  ref(clauseId, options) {
    return stateOf(options as HelperOptions).slot({
      kind: 'ref',
      clauseId: textOf(clauseId, 'ref'),
    })
  },
  term(name) {
    return textOf(name, 'term')
  },
  eq(left, right) {
    return unwrap(left) === unwrap(right)
  },
  gt(left, right) {
    return numberOf(left, 'gt') > numberOf(right, 'gt')
  },
  gte(left, right) {
    return numberOf(left, 'gte') >= numberOf(right, 'gte')
  },
}

/** Register the helper set on an isolated Handlebars environment. */
export function registerHelpers(env: { registerHelper(name: string, fn: Helper): void }): void {
  for (const name of helperNames) env.registerHelper(name, helpers[name])
}
