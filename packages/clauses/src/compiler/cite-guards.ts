import Handlebars from 'handlebars'
import { type Regime, regimes } from '../schemas/common.js'

/**
 * What must hold for a `cite` to be printed, as far as a static reading can tell: the regimes
 * its enclosing `(eq regime "…")` blocks allow, and the answers its enclosing `#if answer` and
 * `(eq answer …)` blocks need to be given (a hidden question is never given).
 */
export interface CiteGuard {
  topic: string
  regimes: ReadonlySet<Regime>
  answered: readonly string[]
}

type Expression = hbs.AST.Expression
type Guard = { regimes: Set<Regime>; answered: string[] }

const pathName = (expression: Expression | undefined) =>
  expression?.type === 'PathExpression'
    ? (expression as hbs.AST.PathExpression).parts.join('.')
    : undefined

/** The guard a block's program adds (`negated` for its `{{else}}`), when it can be known. */
function blockGuard(block: hbs.AST.BlockStatement, negated: boolean): Partial<Guard> {
  const helper = block.path.original
  if (helper !== 'if' && helper !== 'unless') return {}
  const holds = (helper === 'if') !== negated
  const [test] = block.params
  const answer = pathName(test)
  if (answer !== undefined) return holds ? { answered: [answer] } : {}
  if (test?.type !== 'SubExpression') return {}
  const call = test as hbs.AST.SubExpression
  if (pathName(call.path) !== 'eq') return {}
  const [left, right] = call.params
  const literal = [left, right].find((side) => side?.type === 'StringLiteral') as
    | hbs.AST.StringLiteral
    | undefined
  const named = pathName(left) ?? pathName(right)
  if (named === 'regime' && literal) {
    const regime = literal.value as Regime
    return { regimes: new Set(regimes.filter((other) => (other === regime) === holds)) }
  }
  // Note: a hidden answer is undefined, which equals no literal: the branch needs it given.
  return named !== undefined && literal && holds ? { answered: [named] } : {}
}

/**
 * Every `cite` in a template with what must hold for it to be printed.
 *
 * @param source A template that `checkTemplate` accepted.
 * @returns One entry per `cite` call, in order.
 */
export function citeGuards(source: string): CiteGuard[] {
  const found: CiteGuard[] = []
  const visitCall = (
    node: hbs.AST.MustacheStatement | hbs.AST.SubExpression | hbs.AST.BlockStatement,
    guard: Guard,
  ) => {
    const topic = node.params[0]
    if (pathName(node.path) === 'cite' && topic?.type === 'StringLiteral')
      found.push({ topic: (topic as hbs.AST.StringLiteral).value, ...guard })
    for (const param of node.params)
      if (param.type === 'SubExpression') visitCall(param as hbs.AST.SubExpression, guard)
  }
  const narrow = (guard: Guard, more: Partial<Guard>): Guard => ({
    regimes: new Set([...guard.regimes].filter((regime) => more.regimes?.has(regime) ?? true)),
    answered: [...guard.answered, ...(more.answered ?? [])],
  })
  const walk = (nodes: hbs.AST.Statement[], guard: Guard) => {
    for (const node of nodes) {
      if (node.type === 'MustacheStatement') visitCall(node as hbs.AST.MustacheStatement, guard)
      if (node.type !== 'BlockStatement') continue
      const block = node as hbs.AST.BlockStatement
      visitCall(block, guard)
      walk(block.program.body, narrow(guard, blockGuard(block, false)))
      if (block.inverse) walk(block.inverse.body, narrow(guard, blockGuard(block, true)))
    }
  }
  walk(Handlebars.parseWithoutProcessing(source).body, {
    regimes: new Set(regimes),
    answered: [],
  })
  return found
}
