import {
  listQuestions,
  type ParsedYaml,
  parseYaml,
  type Questionnaire,
  reportError,
  yamlToValue,
} from '@betterforus/questionnaire'
import { VFile } from 'vfile'
import { isMap, isScalar, type Node } from 'yaml'
import type { Layer } from './read-layer.js'

/** Every answer a defaults file gives: its key path and the question id it answers. */
function defaultEntries(parsed: ParsedYaml): Array<{ keys: string[]; node: Node }> {
  const entries: Array<{ keys: string[]; node: Node }> = []
  const walk = (node: unknown, keys: string[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : ''
        walk(pair.value, [...keys, key])
      }
    } else if (node && keys.length > 0) entries.push({ keys, node: node as Node })
  }
  walk(parsed.doc.contents, [])
  return entries
}

/**
 * Check that every default answers a question of the library's questionnaire, reporting each
 * other key in `defaults.yaml` at its line. Types and limits are checked with the answers, by
 * `parseAnswers`, once laid under them.
 *
 * @returns Whether every default names a question.
 */
export function checkDefaults(layer: Layer, questionnaire: Questionnaire): boolean {
  if (!layer.defaults) return true
  const { file, parsed } = layer.defaults
  const ids = new Set(listQuestions(questionnaire).map((question) => question.id))
  let ok = true
  for (const { keys, node } of defaultEntries(parsed)) {
    const id = keys.join('.')
    if (ids.has(id)) continue
    ok = false
    const at = node.range ? parsed.lineCounter.linePos(node.range[0]) : undefined
    reportError(
      file,
      `\`${id}\` is no question of the library's questionnaire; a default answers one, such as \`authority.name\` (see \`betterforus questions\`)`,
      'unknown-default',
      at && { line: at.line, column: at.col },
    )
  }
  return ok
}

/**
 * Lay a layer's defaults under a procurement's answers: every default the answers do not give
 * is added; every answer the procurement gives wins. The answers stay text, for `parseAnswers`
 * to read and check as it reads any answers file.
 *
 * @returns The answers with the defaults laid under them, and the ids of the defaults used.
 */
export function layDefaults(
  answers: string,
  defaults: ParsedYaml | undefined,
): { text: string; used: string[] } {
  if (!defaults) return { text: answers, used: [] }
  const parsed = parseYaml(answers, new VFile())
  // Note: answers that do not parse are left as they are, for parseAnswers to report.
  if (!parsed) return { text: answers, used: [] }
  const { doc } = parsed
  if (doc.contents === null) doc.contents = doc.createNode({}) as unknown as typeof doc.contents
  if (!isMap(doc.contents)) return { text: answers, used: [] }
  const used: string[] = []
  for (const { keys, node } of defaultEntries(defaults)) {
    if (doc.hasIn(keys)) continue
    try {
      doc.setIn(keys, yamlToValue(node))
      used.push(keys.join('.'))
    } catch {
      // Note: the procurement gave a value where the default needs a group (`authority: x`); its answer wins.
    }
  }
  return { text: used.length > 0 ? doc.toString() : answers, used }
}
