import { VFile } from 'vfile'
import { checkQuestionnaire } from './check-questionnaire.js'
import { nodePlace } from './node-place.js'
import { parseYaml } from './parse-yaml.js'
import { type Questionnaire, questionnaireSchema } from './questionnaire.js'
import { reportError } from './report-error.js'
import { yamlToValue } from './yaml-to-value.js'

/** Result of `parseQuestionnaire`. */
export interface ParseQuestionnaireResult {
  /** The questionnaire, or `undefined` when any message is fatal. */
  questionnaire: Questionnaire | undefined
  /** The file with every problem as a message. */
  file: VFile
}

/**
 * Read `questionnaire.yaml`: parse it safely, check it against `questionnaireSchema`, then run
 * `checkQuestionnaire`, with each problem placed at its line and column.
 *
 * @param text
 *   The file's text.
 * @param path
 *   File path, for messages.
 * @returns
 *   The questionnaire and the file with its messages.
 */
export function parseQuestionnaire(text: string, path?: string): ParseQuestionnaireResult {
  const file = new VFile(path === undefined ? { value: text } : { path, value: text })
  const parsed = parseYaml(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file)
  if (parsed === undefined) return { questionnaire: undefined, file }
  const result = questionnaireSchema.safeParse(yamlToValue(parsed.doc.contents))
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          reportError(
            file,
            `Unknown key "${key}"`,
            'unknown-key',
            nodePlace(parsed, [...issue.path, key], 'key'),
          )
        }
      } else {
        const at = issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`
        reportError(
          file,
          `${issue.message}${at}`,
          'invalid-questionnaire',
          nodePlace(parsed, issue.path),
        )
      }
    }
    return { questionnaire: undefined, file }
  }
  const problems = checkQuestionnaire(result.data)
  for (const problem of problems)
    reportError(file, problem.reason, problem.ruleId, nodePlace(parsed, problem.path))
  return { questionnaire: problems.length === 0 ? result.data : undefined, file }
}
