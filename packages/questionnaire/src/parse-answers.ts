import { VFile } from 'vfile'
import type * as z from 'zod'
import type { Answers, AnswerValue } from './answers.js'
import { getAnswer } from './answers.js'
import { answersSchemaFor } from './answers-schema-for.js'
import { METADATA_KEYS, unknownAnswerMessage } from './build-answers-schema.js'
import { checkNumberSources } from './check-number-sources.js'
import { decodeText } from './decode-text.js'
import { deriveRegime } from './derive-regime.js'
import { explainCondition } from './explain-condition.js'
import { isAnswered } from './is-answered.js'
import { listQuestions } from './list-questions.js'
import { nodePlace, scalarSource } from './node-place.js'
import { type ParsedYaml, parseYaml } from './parse-yaml.js'
import type { Question } from './question.js'
import { questionLabel } from './question-label.js'
import type { Questionnaire } from './questionnaire.js'
import { isMisreadScalar, quoteTheValue } from './quote-the-value.js'
import { reportError } from './report-error.js'
import { ruleViolations } from './rule-violations.js'
import { visibleQuestionIds } from './visible-question-ids.js'
import { yamlToValue } from './yaml-to-value.js'

/** Largest answers file accepted, in bytes (1 MiB). */
export const MAX_ANSWERS_BYTES = 1_048_576

/** Options of `parseAnswers`. */
export interface ParseAnswersOptions {
  /** File path, for messages. */
  path?: string
  /** Size limit in bytes (default `MAX_ANSWERS_BYTES`). */
  maxBytes?: number
}

/** Result of `parseAnswers`. */
export interface ParseAnswersResult {
  /** Validated, normalised answers without hidden ones; `undefined` when any message is fatal. */
  answers: Answers | undefined
  /** The file with every problem as a message. */
  file: VFile
  /** Ids of questions answered in the file but hidden by their `show_if`. */
  unused: string[]
}

/**
 * Read an answers file (JSON or YAML) and check every answer against the questionnaire,
 * reporting all problems at once with their line and column.
 *
 * @param text
 *   The file's text or bytes.
 * @param questionnaire
 *   The questionnaire the answers are for.
 * @param options
 *   Path and size limit.
 * @returns
 *   The answers (frozen), the file with its messages, and the ids of unused hidden answers.
 * @example
 *   parseAnswers('authority: { name: Leeds City Council }', questionnaire).answers
 *   //=> { authority: { name: 'Leeds City Council' } }
 */
export function parseAnswers(
  text: string | Uint8Array,
  questionnaire: Questionnaire,
  options: ParseAnswersOptions = {},
): ParseAnswersResult {
  const file = new VFile(options.path === undefined ? {} : { path: options.path })
  const failed = { answers: undefined, file, unused: [] }
  const decoded = decodeText(text, file, options.maxBytes ?? MAX_ANSWERS_BYTES)
  if (decoded === undefined) return failed
  file.value = decoded
  const parsed = parseYaml(decoded, file)
  if (parsed === undefined) return failed

  const decimal = checkNumberSources(parsed, questionnaire, file)
  const result = answersSchemaFor(questionnaire).safeParse(yamlToValue(parsed.doc.contents), {
    reportInput: true,
  })
  if (!result.success) {
    for (const issue of result.error.issues) reportIssue(issue, parsed, questionnaire, file)
    return failed
  }
  if (!decimal) return failed
  return collect(result.data as Answers, parsed, questionnaire, file)
}

function collect(
  data: Answers,
  parsed: ParsedYaml,
  questionnaire: Questionnaire,
  file: VFile,
): ParseAnswersResult {
  const visible = visibleQuestionIds(questionnaire, data)
  const facts = (id: string) =>
    id === 'regime' ? deriveRegime(data) : visible.has(id) ? getAnswer(data, id) : undefined
  // Note: groups have no prototype, so no id segment can reach Object.prototype (see setPath).
  const answers: Record<string, unknown> = Object.create(null)
  const unused: string[] = []
  for (const question of listQuestions(questionnaire)) {
    const value = getAnswer(data, question.id)
    if (!isAnswered(value) || value === undefined) continue
    if (visible.has(question.id)) {
      setPath(answers, question.id.split('.'), value)
    } else {
      unused.push(question.id)
      const because =
        question.show_if === undefined
          ? ''
          : ` because ${explainCondition(question.show_if, facts)}`
      const place = nodePlace(parsed, question.id.split('.'), 'key')
      file.message(
        `${questionLabel(question)} is answered, but the question is hidden${because}; the answer is not used`,
        {
          ...(place === undefined ? {} : { place }),
          ruleId: 'hidden-answer',
          source: 'betterforus',
        },
      )
    }
  }
  if (!checkRules(questionnaire, answers as Answers, parsed, file))
    return { answers: undefined, file, unused }
  return { answers: deepFreeze(answers) as Answers, file, unused }
}

/**
 * Refuse combinations the law does not allow (the questionnaire's `rules`), naming the reason.
 * Hidden answers are already gone, so a rule sees only the answers that are used.
 *
 * @returns Whether every rule passed.
 */
function checkRules(
  questionnaire: Questionnaire,
  answers: Answers,
  parsed: ParsedYaml,
  file: VFile,
): boolean {
  const violations = ruleViolations(questionnaire, answers)
  for (const { message, because, questionId } of violations) {
    const place =
      questionId === undefined ? undefined : nodePlace(parsed, questionId.split('.'), 'value')
    reportError(file, `${message} (${because})`, 'not-allowed', place)
  }
  return violations.length === 0
}

function setPath(target: Record<string, unknown>, segments: string[], value: AnswerValue) {
  let group = target
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1
    if (!Object.hasOwn(group, segment)) {
      Object.defineProperty(group, segment, {
        value: last ? value : Object.create(null),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    group = group[segment] as Record<string, unknown>
  })
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

function reportIssue(
  issue: z.core.$ZodIssue,
  parsed: ParsedYaml,
  questionnaire: Questionnaire,
  file: VFile,
) {
  const questions = listQuestions(questionnaire)
  if (issue.code === 'unrecognized_keys') {
    const ids = [...questions.map((question) => question.id), ...METADATA_KEYS]
    for (const key of issue.keys) {
      const id = [...issue.path, key].join('.')
      reportError(
        file,
        unknownAnswerMessage(id, ids),
        'unknown-answer',
        nodePlace(parsed, [...issue.path, key], 'key'),
      )
    }
    return
  }
  const place = nodePlace(parsed, issue.path)
  if (issue.code === 'invalid_type') {
    if (issue.path.length === 0) return reportError(file, issue.message, 'not-an-object', place)
    const question = questionAt(questions, issue.path)
    const source = scalarSource(parsed, issue.path)
    if (
      issue.expected === 'string' &&
      isMisreadScalar(issue.input) &&
      question !== undefined &&
      source !== undefined
    ) {
      return reportError(
        file,
        quoteTheValue(question, source, issue.input),
        'quote-the-value',
        place,
      )
    }
    return reportError(file, issue.message, 'wrong-type', place)
  }
  const ruleId =
    issue.code === 'custom' && typeof issue.params?.ruleId === 'string'
      ? issue.params.ruleId
      : 'invalid-answer'
  return reportError(file, issue.message, ruleId, place)
}

function questionAt(questions: Question[], path: readonly PropertyKey[]): Question | undefined {
  const named = path.filter((segment) => typeof segment === 'string').join('.')
  return questions.find((question) => question.id === named)
}
