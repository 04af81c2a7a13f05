import type { VFile } from 'vfile'
import { isNode, LineCounter, parseDocument, visit } from 'yaml'
import type { z } from 'zod'

/** Where a YAML block starts in its file, for blocks inside a Markdown file's front matter. */
export interface YamlPlacement {
  /** Lines before the block (1 for front matter after the opening `---`). */
  lineOffset: number
}

function report(file: VFile, reason: string, ruleId: string, line?: number, column?: number) {
  const place = line === undefined ? undefined : { line, column: column ?? 1 }
  const message = file.message(reason, { ruleId, source: 'betterforus', ...(place && { place }) })
  message.fatal = true
}

/**
 * Parse a YAML block as data and validate it with a zod schema. Problems become fatal messages on
 * `file` with line and column; nothing is evaluated (no custom tags, no aliases).
 *
 * @returns The validated value, or undefined when there was any problem.
 */
export function readYaml<T extends z.ZodType>(
  text: string,
  schema: T,
  file: VFile,
  placement: YamlPlacement = { lineOffset: 0 },
): z.output<T> | undefined {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false })
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return [line + placement.lineOffset, col] as const
  }
  for (const problem of [...doc.errors, ...doc.warnings]) {
    const ruleId = problem.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax'
    report(file, problem.message.split('\n')[0] ?? problem.message, ruleId, ...at(problem.pos[0]))
  }
  visit(doc, {
    Alias(_key, alias) {
      const [line, column] = alias.range ? at(alias.range[0]) : []
      report(
        file,
        'YAML aliases (`*name`) are not allowed: write the value out',
        'yaml-alias',
        line,
        column,
      )
      return visit.BREAK
    },
  })
  if (file.messages.some((message) => message.fatal)) return undefined

  const result = schema.safeParse(doc.toJS({ maxAliasCount: 0 }))
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    const path = issue.path.filter((part) => typeof part !== 'symbol')
    // Note: a missing key has no node; point at the nearest enclosing one that exists.
    let node: unknown = doc.contents
    for (let depth = path.length; depth > 0; depth -= 1) {
      const found = doc.getIn(path.slice(0, depth), true)
      if (isNode(found)) {
        node = found
        break
      }
    }
    const range = isNode(node) ? node.range : undefined
    const where = path.length > 0 ? `\`${path.join('.')}\`: ` : ''
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message)
    const extra =
      issue.code === 'unrecognized_keys'
        ? ` (${issue.keys.map((key) => `\`${key}\``).join(', ')})`
        : ''
    const reason = missing
      ? `\`${path.join('.')}\` is required: add it`
      : `${where}${issue.message}${extra}`
    report(
      file,
      reason,
      missing ? 'missing-field' : 'invalid-field',
      ...(range ? at(range[0]) : []),
    )
  }
  return undefined
}
