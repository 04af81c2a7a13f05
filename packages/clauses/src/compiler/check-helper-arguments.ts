import { isRealDate, type QuestionType } from '@betterforus/questionnaire'
import { RATE_REGION_OF_PLACE } from '../select-rate.js'
import type { HelperName } from '../template-helpers.js'

type Expression = hbs.AST.Expression

/** What the helper checks need to know of the library: question types and the dated data. */
export interface HelperContext {
  /** Each question id's type; `regime` is a one-of. */
  types: ReadonlyMap<string, { type: QuestionType; options?: readonly string[] | undefined }>
  /** Keys of `data/thresholds.yaml`. */
  thresholds: ReadonlySet<string>
  /** Scheme and region of each rate in `data/rates.yaml`. */
  rates: ReadonlyArray<{ scheme: string; region: string }>
}

/** A problem with one argument, to report at that argument's place. */
export interface ArgumentProblem {
  node: hbs.AST.Node
  reason: string
}

/** How many positional arguments each helper takes. */
const ARITY: Partial<Record<HelperName, number>> = {
  money: 1,
  date: 1,
  rate: 2,
  threshold: 1,
  threshold_value: 1,
  eq: 2,
  gt: 2,
  gte: 2,
}
const NUMERIC: ReadonlySet<string> = new Set(['number', 'money', 'percent'])
const RATE_SHOWS: ReadonlySet<string> = new Set(['amount', 'announced', 'comply_by'])

/** What an argument is at run time, as far as the template and questionnaire say. */
type Kind =
  | { kind: 'number' | 'boolean' | 'text' | 'unknown' }
  | { kind: 'literal'; value: string }
  | { kind: 'answer'; name: string; type: QuestionType; options?: readonly string[] | undefined }

function kindOf(expression: Expression, context: HelperContext): Kind {
  switch (expression.type) {
    case 'NumberLiteral':
      return { kind: 'number' }
    case 'BooleanLiteral':
      return { kind: 'boolean' }
    case 'StringLiteral':
      return { kind: 'literal', value: (expression as hbs.AST.StringLiteral).value }
    case 'SubExpression': {
      const name = ((expression as hbs.AST.SubExpression).path as hbs.AST.PathExpression).original
      if (name === 'threshold_value') return { kind: 'number' }
      return { kind: ['eq', 'gt', 'gte'].includes(name) ? 'boolean' : 'text' }
    }
    case 'PathExpression': {
      const name = (expression as hbs.AST.PathExpression).parts.join('.')
      const question = context.types.get(name)
      return question === undefined ? { kind: 'unknown' } : { kind: 'answer', name, ...question }
    }
    default:
      return { kind: 'unknown' }
  }
}

function describeKind(kind: Kind): string {
  if (kind.kind === 'answer') return `\`${kind.name}\`, a ${kind.type} question`
  if (kind.kind === 'literal') return `the text "${kind.value}"`
  return `a ${kind.kind === 'boolean' ? 'yes/no value' : kind.kind}`
}

/**
 * Check the arguments of a helper call against what rendering accepts, so `betterforus lint`
 * refuses what would otherwise fail only when a pack is generated: `{{date contract.title}}`,
 * `{{money "abc"}}`, `{{date "2026-02-30"}}`, an unknown threshold key, rate scheme or place.
 *
 * @param name The helper.
 * @param call The call.
 * @param context Question types and data keys.
 * @returns One problem per bad argument; empty when the call renders for any valid answers.
 */
export function checkHelperArguments(
  name: HelperName,
  call: hbs.AST.MustacheStatement | hbs.AST.SubExpression | hbs.AST.BlockStatement,
  context: HelperContext,
): ArgumentProblem[] {
  const arity = ARITY[name]
  if (arity === undefined) return []
  if (call.params.length !== arity) {
    return [
      {
        node: call,
        reason: `\`${name}\` takes ${arity} argument${arity === 1 ? '' : 's'}, not ${call.params.length}`,
      },
    ]
  }
  const problems: ArgumentProblem[] = []
  const refuse = (node: hbs.AST.Node, reason: string) => problems.push({ node, reason })
  const [first, second] = call.params as [Expression, Expression]
  const expectNumber = (argument: Expression) => {
    const kind = kindOf(argument, context)
    const fits =
      kind.kind === 'number' ||
      kind.kind === 'unknown' ||
      (kind.kind === 'answer' && NUMERIC.has(kind.type))
    if (!fits)
      refuse(
        argument,
        `\`${name}\` expects a number, but gets ${describeKind(kind)}; give a number, money or percent question, or a number without quotes`,
      )
  }
  const expectThreshold = (argument: Expression) => {
    const kind = kindOf(argument, context)
    if (kind.kind !== 'literal')
      refuse(argument, `\`${name}\` takes a key of data/thresholds.yaml in quotes`)
    else if (!context.thresholds.has(kind.value))
      refuse(argument, `\`${name}\`: "${kind.value}" is not a key of data/thresholds.yaml`)
  }
  switch (name) {
    case 'money': {
      expectNumber(first)
      const amount = first.type === 'NumberLiteral' ? (first as hbs.AST.NumberLiteral).value : 0
      // Note: formatMoney refuses what a double cannot print to the penny; say so at lint.
      if (!Number.isSafeInteger(Math.round(Math.abs(amount) * 100)))
        refuse(first, `\`money\`: ${amount} is too large to print to the penny`)
      break
    }
    case 'gt':
    case 'gte':
      expectNumber(first)
      expectNumber(second)
      break
    case 'date': {
      const kind = kindOf(first, context)
      if (kind.kind === 'literal' && !isRealDate(kind.value))
        refuse(first, `\`date\`: "${kind.value}" is not a real date written YYYY-MM-DD`)
      else if (
        kind.kind !== 'literal' &&
        kind.kind !== 'unknown' &&
        !(kind.kind === 'answer' && kind.type === 'date')
      )
        refuse(
          first,
          `\`date\` expects a date, but gets ${describeKind(kind)}; give a date question, such as document.date, or a date in quotes, such as "2026-05-01"`,
        )
      break
    }
    case 'threshold':
    case 'threshold_value':
      expectThreshold(first)
      break
    case 'rate':
      checkRate(call, first, second, context, refuse)
      break
    default:
      break
  }
  return problems
}

/** A rate needs a scheme and a place with a rate in data/rates.yaml, and a known `show`. */
function checkRate(
  call: hbs.AST.MustacheStatement | hbs.AST.SubExpression | hbs.AST.BlockStatement,
  first: Expression,
  second: Expression,
  context: HelperContext,
  refuse: (node: hbs.AST.Node, reason: string) => void,
) {
  const scheme = kindOf(first, context)
  const schemes = [...new Set(context.rates.map((rate) => rate.scheme))]
  if (scheme.kind !== 'literal' || !schemes.includes(scheme.value)) {
    refuse(
      first,
      `\`rate\` takes a scheme of data/rates.yaml in quotes (${schemes.map((one) => `"${one}"`).join(', ')}), not ${describeKind(scheme)}`,
    )
    return
  }
  const place = kindOf(second, context)
  const places =
    place.kind === 'literal'
      ? [place.value]
      : place.kind === 'answer' && place.type === 'one-of'
        ? [...(place.options ?? [])]
        : undefined
  if (places === undefined) {
    refuse(
      second,
      `\`rate\` takes a place in quotes (${[...RATE_REGION_OF_PLACE.keys()].map((one) => `"${one}"`).join(', ')}) or a one-of question, not ${describeKind(place)}`,
    )
  }
  const missing = (places ?? []).filter((one) => {
    const region = scheme.value === 'nlw' ? 'all' : RATE_REGION_OF_PLACE.get(one)
    return !context.rates.some((rate) => rate.scheme === scheme.value && rate.region === region)
  })
  if (missing.length > 0) {
    const named = missing.map((one) => `"${one}"`).join(', ')
    const of =
      place.kind === 'answer'
        ? ` (option${missing.length > 1 ? 's' : ''} of \`${place.name}\`)`
        : ''
    refuse(
      second,
      `\`rate\`: data/rates.yaml has no "${scheme.value}" rate for the place ${named}${of}; the places are ${[...RATE_REGION_OF_PLACE.keys()].map((one) => `"${one}"`).join(', ')}`,
    )
  }
  for (const pair of call.hash?.pairs ?? []) {
    const value = pair.value as hbs.AST.StringLiteral
    if (pair.key !== 'show' || value.type !== 'StringLiteral' || !RATE_SHOWS.has(value.value))
      refuse(
        pair,
        `\`rate\` takes only show="amount", show="announced" or show="comply_by", not ${pair.key}=…`,
      )
  }
}
