import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml'
import type { ParsedYaml } from './parse-yaml.js'
import type { Place } from './report-error.js'
import { keyName } from './yaml-to-value.js'

/**
 * Find where a path of keys and indexes sits in the file.
 *
 * @param parsed
 *   The parsed file.
 * @param path
 *   Keys and list indexes, as in a zod issue.
 * @param at
 *   `value` for the value, `key` for the key that leads to it.
 * @returns
 *   Start and end, or `undefined` when the path is not in the file (a missing answer).
 */
export function nodePlace(
  parsed: ParsedYaml,
  path: readonly PropertyKey[],
  at: 'key' | 'value' = 'value',
): { start: Place; end: Place } | undefined {
  let node: unknown = parsed.doc.contents
  let pair: Pair | undefined
  for (const segment of path) {
    pair = undefined
    if (isMap(node)) {
      pair = node.items.find((item) => keyName(item.key) === String(segment))
      node = pair?.value
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment]
    } else return undefined
    if (node === undefined && pair === undefined) return undefined
  }
  const target = (at === 'key' ? pair?.key : node) as Node | undefined
  const range = target?.range
  if (!range) return undefined
  const start = parsed.lineCounter.linePos(range[0])
  const end = parsed.lineCounter.linePos(range[1])
  return {
    start: { line: start.line + parsed.lineOffset, column: start.col },
    end: { line: end.line + parsed.lineOffset, column: end.col },
  }
}

/**
 * The source text of the scalar at a path, as written (`012345`, not `12345`).
 *
 * @param parsed
 *   The parsed file.
 * @param path
 *   Keys and list indexes.
 * @returns
 *   The source, or `undefined`.
 */
export function scalarSource(parsed: ParsedYaml, path: readonly PropertyKey[]): string | undefined {
  let node: unknown = parsed.doc.contents
  for (const segment of path) {
    if (isMap(node)) node = node.items.find((item) => keyName(item.key) === String(segment))?.value
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment]
    else return undefined
  }
  if (!isScalar(node) || !node.range) return undefined
  return parsed.text.slice(node.range[0], node.range[1])
}
