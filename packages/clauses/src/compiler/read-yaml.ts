import { nodePlace, parseYaml, reportError, yamlToValue } from '@betterforus/questionnaire'
import type { VFile } from 'vfile'
import type { z } from 'zod'

/** Where a YAML block starts in its file, for blocks inside a Markdown file's front matter. */
export interface YamlPlacement {
  /** Lines before the block (1 for front matter after the opening `---`). */
  lineOffset: number
}

/**
 * Parse a YAML block as data and validate it with a zod schema. Problems become fatal messages on
 * `file` with line and column; nothing is evaluated.
 *
 * Note: a fork's front matter and data are as untrusted as an answers file, so they go through the
 * questionnaire package's hardened reader (nesting measured before parsing, no aliases or custom
 * tags, no duplicate keys) and become objects whose keys never reach a prototype.
 *
 * @returns The validated value, or undefined when there was any problem.
 */
export function readYaml<T extends z.ZodType>(
  text: string,
  schema: T,
  file: VFile,
  placement: YamlPlacement = { lineOffset: 0 },
): z.output<T> | undefined {
  const kind = placement.lineOffset > 0 ? 'front matter' : 'a YAML file'
  const parsed = parseYaml(text, file, { lineOffset: placement.lineOffset, kind })
  if (!parsed) return undefined

  const result = schema.safeParse(yamlToValue(parsed.doc.contents))
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    const path = issue.path.filter((part) => typeof part !== 'symbol')
    // Note: a missing key has no node; point at the nearest enclosing one that exists, or at
    // the block's first line when it is empty.
    let place = nodePlace(parsed, []) ?? {
      start: { line: placement.lineOffset + 1, column: 1 },
      end: { line: placement.lineOffset + 1, column: 1 },
    }
    for (let depth = path.length; depth > 0; depth -= 1) {
      const found = nodePlace(parsed, path.slice(0, depth))
      if (found) {
        place = found
        break
      }
    }
    const where = path.length > 0 ? `\`${path.join('.')}\`: ` : ''
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message)
    const extra =
      issue.code === 'unrecognized_keys'
        ? ` (${issue.keys.map((key) => `\`${key}\``).join(', ')})`
        : ''
    const empty = path.length === 0 && issue.code === 'invalid_type'
    const reason = empty
      ? `${kind} must be a group of \`key: value\` lines, but is ${parsed.doc.contents === null ? 'empty' : 'a single value or a list'}`
      : missing
        ? `\`${path.join('.')}\` is required: add it`
        : `${where}${issue.message}${extra}`
    reportError(file, reason, missing ? 'missing-field' : 'invalid-field', place.start)
  }
  return undefined
}
