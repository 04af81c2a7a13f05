import type { VFile } from 'vfile'
import { isMap, isScalar } from 'yaml'
import { listQuestions } from './list-questions.js'
import { nodePlace } from './node-place.js'
import type { ParsedYaml } from './parse-yaml.js'
import { questionLabel } from './question-label.js'
import type { Questionnaire } from './questionnaire.js'
import { reportError } from './report-error.js'
import { keyName } from './yaml-to-value.js'

const NUMERIC: ReadonlySet<string> = new Set(['number', 'money', 'percent'])

/** A number as JSON writes it: no leading zero, no `0o`, `0x`, `+`, `_` or sexagesimal `:`. */
const PLAIN_DECIMAL = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/

/**
 * Refuse numeric answers YAML reads from something other than a plain decimal number: `044` is
 * read as 44, `0o44` as 36, `0x10` as 16 (and YAML 1.1 reads `044` as 36), so the amount in the
 * document would not be the one the person meant to write. Text answers written like this are
 * refused already (`quote-the-value`); this covers number, money and percent questions.
 *
 * @param parsed
 *   The parsed answers file.
 * @param questionnaire
 *   The questionnaire.
 * @param file
 *   Receives one message per such answer.
 * @returns
 *   Whether every numeric answer was written as a plain decimal number.
 */
export function checkNumberSources(
  parsed: ParsedYaml,
  questionnaire: Questionnaire,
  file: VFile,
): boolean {
  let plain = true
  for (const question of listQuestions(questionnaire)) {
    if (!NUMERIC.has(question.type)) continue
    const path = question.id.split('.')
    let node: unknown = parsed.doc.contents
    for (const segment of path) {
      node = isMap(node)
        ? node.items.find((item) => keyName(item.key) === segment)?.value
        : undefined
    }
    if (!isScalar(node) || node.range === undefined || node.range === null) continue
    const value = node.value
    if (typeof value !== 'number' && typeof value !== 'bigint') continue
    // Note: infinities and NaN are refused by the answer's schema, with its own message.
    if (typeof value === 'number' && !Number.isFinite(value)) continue
    const source = parsed.text.slice(node.range[0], node.range[1])
    if (PLAIN_DECIMAL.test(source)) continue
    plain = false
    reportError(
      file,
      `${questionLabel(question)} is written ${source}, which YAML reads as the number ${String(value)}; write a plain decimal number (digits, no leading zero, no 0o or 0x), such as ${String(value)}, or put text in quotes: ${JSON.stringify(source)}`,
      'not-a-decimal',
      nodePlace(parsed, path),
    )
  }
  return plain
}
