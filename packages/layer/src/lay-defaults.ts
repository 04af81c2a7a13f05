import {
  type ParsedYaml,
  parseAnswers,
  parseYaml,
  type Questionnaire,
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
 * Check the defaults as answers are checked, by `parseAnswers`: every key a question, every
 * value of its question's type, options and limits, each problem at its line in `defaults.yaml`.
 * Only "required, but has no answer" is left out: the procurement gives the rest.
 *
 * @returns Whether the defaults have no problem.
 */
export function checkDefaults(layer: Layer, questionnaire: Questionnaire): boolean {
  if (!layer.defaults) return true
  const { file } = layer.defaults
  const checked = parseAnswers(String(file.value ?? ''), questionnaire, { path: file.path })
  const problems = checked.file.messages.filter((message) => message.ruleId !== 'missing-answer')
  file.messages.push(...problems)
  return problems.length === 0
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
