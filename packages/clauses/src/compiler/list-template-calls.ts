import Handlebars from 'handlebars'

type Expression = hbs.AST.Expression

/** An expression as a template would write it, with strings in double quotes. */
function printExpression(expression: Expression | hbs.AST.HashPair): string {
  switch (expression.type) {
    case 'PathExpression':
      return (expression as hbs.AST.PathExpression).original
    case 'StringLiteral':
      return JSON.stringify((expression as hbs.AST.StringLiteral).value)
    case 'SubExpression': {
      const call = expression as hbs.AST.SubExpression
      return `(${printCall(call.path, call.params, call.hash)})`
    }
    case 'HashPair': {
      const pair = expression as hbs.AST.HashPair
      return `${pair.key}=${printExpression(pair.value)}`
    }
    default:
      return String((expression as hbs.AST.Literal & { value?: unknown }).value)
  }
}

function printCall(path: Expression, params: Expression[], hash: hbs.AST.Hash | undefined) {
  return [path, ...params, ...(hash?.pairs ?? [])].map(printExpression).join(' ')
}

/**
 * The variables and helper calls a template uses, one per `{{…}}` or block opening, as written
 * without braces (`pay.approach`, `rate "rlw" "uk"`, `if procurement.reference`), from the
 * Handlebars parse tree (comments and text are not uses). For the clause-version check: a body
 * that uses something new needs at least a minor bump.
 *
 * @throws When the template does not parse; the compiler reports that with its place.
 */
export function listTemplateCalls(source: string): string[] {
  const calls = new Set<string>()
  const visitor = new Handlebars.Visitor()
  const record = (node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement) =>
    calls.add(printCall(node.path as Expression, node.params, node.hash))
  visitor.MustacheStatement = (node) => {
    record(node)
  }
  visitor.BlockStatement = function (node) {
    record(node)
    // Note: Visitor's own BlockStatement walks the program and inverse.
    Handlebars.Visitor.prototype.BlockStatement.call(this, node)
  }
  visitor.accept(Handlebars.parse(source))
  return [...calls]
}
