import { reportError } from '@betterforus/questionnaire'
import Handlebars from 'handlebars'
import type { VFile } from 'vfile'
import type { TemplateTest, TemplateUses, TestOperand } from '../catalog-types.js'
import { type HelperName, helperNames } from '../template-helpers.js'
import { checkHelperArguments, type HelperContext } from './check-helper-arguments.js'

type Node = hbs.AST.Node
type Expression = hbs.AST.Expression

/** What a template may name: question ids and derived facts, with suggestions for typos. */
export interface TemplateScope {
  names: ReadonlySet<string>
  suggest(name: string): string | undefined
  /** Question types and data keys, to check helper arguments; without it they go unchecked. */
  helpers?: HelperContext
}

export const MAX_TEMPLATE_BYTES = 256 * 1024
export const MAX_NESTING = 20

const deniedSegments =
  /^(?:__proto__|constructor|prototype|__define[GS]etter__|__lookup[GS]etter__)$/
const constructName: Record<string, string> = {
  PartialStatement: 'partials',
  PartialBlockStatement: 'partial blocks',
  Decorator: 'decorators',
  DecoratorBlock: 'decorator blocks',
}
const blockHelpers = new Set(['if', 'unless', 'each'])
const helperSet = new Set<string>(helperNames)
/** Helpers whose first argument must be a literal name, and the list that name goes to. */
const literalArguments: Partial<Record<HelperName, 'refs' | 'terms' | 'cites'>> = {
  ref: 'refs',
  term: 'terms',
  cite: 'cites',
}

const comparisons = new Set(['eq', 'gt', 'gte'])

/** The answer a checked expression names, if it is a plain answer path. */
function answerName(expression: Expression | undefined, names: ReadonlySet<string>) {
  if (expression?.type !== 'PathExpression') return undefined
  const path = expression as hbs.AST.PathExpression
  const name = path.parts.join('.')
  return !path.data && path.depth === 0 && names.has(name) ? name : undefined
}

/** The other side of a comparison, as far as it can be known without the answers. */
function operandOf(
  expression: Expression | undefined,
  names: ReadonlySet<string>,
): TestOperand | undefined {
  if (expression === undefined) return undefined
  if (['StringLiteral', 'NumberLiteral', 'BooleanLiteral'].includes(expression.type))
    return { literal: (expression as hbs.AST.StringLiteral).value }
  const answer = answerName(expression, names)
  if (answer !== undefined) return { answer }
  const call = expression as hbs.AST.SubExpression
  const key = call.params?.[0]
  if (
    expression.type === 'SubExpression' &&
    (call.path as hbs.AST.PathExpression).original === 'threshold_value' &&
    key?.type === 'StringLiteral'
  )
    return { threshold: (key as hbs.AST.StringLiteral).value }
  return undefined
}

/** How a helper call or block makes the output depend on answers (see `TemplateTest`). */
function testsOf(name: string, params: Expression[], names: ReadonlySet<string>): TemplateTest[] {
  if (name === 'rate') return [{ answer: 'document.date', helper: 'rate' }]
  if (blockHelpers.has(name)) {
    const answer = answerName(params[0], names)
    return answer === undefined ? [] : [{ answer, helper: name as 'if' | 'unless' | 'each' }]
  }
  if (!comparisons.has(name)) return []
  const helper = name as 'eq' | 'gt' | 'gte'
  return [0, 1].flatMap((side) => {
    const answer = answerName(params[side], names)
    if (answer === undefined) return []
    const against = operandOf(params[1 - side], names)
    return [{ answer, helper, ...(against && { against }) }]
  })
}

/** The deepest nesting of `{{#…}}` blocks, found by a linear scan. */
function blockDepth(source: string): number {
  let depth = 0
  let deepest = 0
  for (const match of source.matchAll(/\{\{~?\s*(#|\/|\^(?=\s*[\w@.]))/g)) {
    depth += match[1] === '/' ? -1 : 1
    deepest = Math.max(deepest, depth)
  }
  return deepest
}

/**
 * Walk a template's syntax tree and check every name in it, including those inside `#if`,
 * `#each` and helper arguments, which Handlebars' strict mode does not check.
 *
 * @param source The template text.
 * @param file The file to report problems on.
 * @param scope The names the template may refer to.
 * @param where Lines in the file before the template starts, or, for a template inside a YAML
 *   field, the field's name and the line it is on (a YAML scalar's lines do not map to the
 *   file's, so problems are placed at the field, never at a guessed line inside it).
 * @returns What the template uses, or undefined when it cannot be parsed.
 */
export function checkTemplate(
  source: string,
  file: VFile,
  scope: TemplateScope,
  where: { lineOffset: number } | { field: string; line?: number | undefined },
): TemplateUses | undefined {
  const lineOffset = 'lineOffset' in where ? where.lineOffset : undefined
  const prefix = 'field' in where ? `${where.field}: ` : ''
  // Note: a problem of the whole template (size, depth) is placed where the template starts.
  const start =
    lineOffset !== undefined
      ? { line: lineOffset + 1, column: 1 }
      : 'line' in where && where.line !== undefined
        ? { line: where.line, column: 1 }
        : undefined
  const report = (node: Node | undefined, reason: string, ruleId: string) => {
    const place =
      node?.loc && lineOffset !== undefined
        ? { line: node.loc.start.line + lineOffset, column: node.loc.start.column + 1 }
        : start
    reportError(file, prefix + reason, ruleId, place)
  }
  if (source.length > MAX_TEMPLATE_BYTES) {
    report(
      undefined,
      `template is ${source.length} characters; the limit is ${MAX_TEMPLATE_BYTES}`,
      'template-too-large',
    )
    return undefined
  }
  // Note: Handlebars' parser slows down badly on deep nesting, so count blocks before parsing.
  if (blockDepth(source) > MAX_NESTING) {
    report(undefined, `blocks are nested more than ${MAX_NESTING} deep`, 'too-deep')
    return undefined
  }
  let ast: hbs.AST.Program
  try {
    ast = Handlebars.parseWithoutProcessing(source)
  } catch (error) {
    const text = String((error as Error).message)
    const line = /line (\d+)/.exec(text)?.[1]
    const place =
      line && lineOffset !== undefined ? { line: Number(line) + lineOffset, column: 1 } : start
    reportError(
      file,
      `${prefix}cannot parse template: ${text.split('\n').at(-1)}`,
      'template-syntax',
      place,
    )
    return undefined
  }

  const uses: TemplateUses = { answers: [], refs: [], terms: [], cites: [], tests: [] }

  const checkPath = (path: hbs.AST.PathExpression, inEach: boolean) => {
    if (path.parts.some((part) => deniedSegments.test(part))) {
      report(
        path,
        `\`${path.original}\` is not allowed: it reaches into JavaScript internals`,
        'denied-path',
      )
      return
    }
    if (path.data) {
      if (!inEach || !/^@(?:index|first|last|key)$/.test(path.original)) {
        report(
          path,
          `\`${path.original}\` is not allowed here; only @index, @first, @last and @key inside #each`,
          'denied-path',
        )
      }
      return
    }
    if (inEach && (path.original === 'this' || path.original === '.')) return
    if (path.depth > 0 || path.original.startsWith('this')) {
      report(
        path,
        `\`${path.original}\`: name answers by their question id, such as \`contract.title\``,
        'unknown-answer',
      )
      return
    }
    if (inEach) {
      report(
        path,
        `\`${path.original}\`: inside #each only \`this\`, @index, @first, @last and @key may be used`,
        'unknown-answer',
      )
      return
    }
    const name = path.parts.join('.')
    if (scope.names.has(name)) {
      uses.answers.push(name)
      return
    }
    const suggestion = scope.suggest(name)
    report(
      path,
      `unknown answer \`${name}\`: it is not a question of the questionnaire${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
      'unknown-answer',
    )
  }

  const checkExpression = (expression: Expression, inEach: boolean) => {
    if (expression.type === 'PathExpression')
      checkPath(expression as hbs.AST.PathExpression, inEach)
    if (expression.type === 'SubExpression') checkCall(expression as hbs.AST.SubExpression, inEach)
  }

  const checkCall = (
    node: hbs.AST.MustacheStatement | hbs.AST.SubExpression | hbs.AST.BlockStatement,
    inEach: boolean,
  ) => {
    const path = node.path as hbs.AST.PathExpression
    const name = path.original
    const isCall =
      node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0 || node.type === 'SubExpression'
    if (!isCall && node.type === 'MustacheStatement') {
      checkPath(path, inEach)
      return
    }
    if (!helperSet.has(name) && !(node.type === 'BlockStatement' && blockHelpers.has(name))) {
      report(
        node,
        `unknown helper \`${name}\`; the helpers are ${helperNames.join(', ')}, and #if, #unless, #each`,
        'unknown-helper',
      )
      return
    }
    const listName = literalArguments[name as HelperName]
    if (listName) {
      const first = node.params[0]
      if (first?.type !== 'StringLiteral' || node.params.length !== 1) {
        report(
          node,
          `\`${name}\` takes one name in quotes, such as {{${name} "…"}}`,
          'helper-arguments',
        )
      } else uses[listName].push((first as hbs.AST.StringLiteral).value)
    }
    if (scope.helpers !== undefined && helperSet.has(name)) {
      for (const problem of checkHelperArguments(name as HelperName, node, scope.helpers))
        report(problem.node, problem.reason, 'helper-arguments')
    }
    uses.tests.push(...testsOf(name, node.params, scope.names))
    for (const param of node.params) checkExpression(param, inEach)
    for (const pair of node.hash?.pairs ?? []) checkExpression(pair.value, inEach)
  }

  const walk = (nodes: hbs.AST.Statement[], inEach: boolean, depth: number) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'ContentStatement':
        case 'CommentStatement':
          break
        case 'MustacheStatement': {
          const mustache = node as hbs.AST.MustacheStatement
          if (!mustache.escaped)
            report(node, 'triple braces `{{{ }}}` are not allowed: use `{{ }}`', 'triple-stash')
          else checkCall(mustache, inEach)
          break
        }
        case 'BlockStatement': {
          const block = node as hbs.AST.BlockStatement
          if (depth + 1 > MAX_NESTING) {
            report(node, `blocks are nested more than ${MAX_NESTING} deep`, 'too-deep')
            return
          }
          if (!blockHelpers.has(block.path.original as string)) {
            report(
              node,
              `\`#${block.path.original}\` is not allowed: use #if, #unless or #each`,
              'unknown-helper',
            )
            break
          }
          checkCall(block, inEach)
          const childInEach = inEach || block.path.original === 'each'
          walk(block.program.body, childInEach, depth + 1)
          if (block.inverse) walk(block.inverse.body, inEach, depth + 1)
          break
        }
        default:
          report(
            node,
            `${constructName[node.type] ?? node.type} are not allowed: templates are data, not programs`,
            'denied-construct',
          )
      }
    }
  }
  walk(ast.body, false, 0)
  return uses
}
