import {
  type Answers,
  MAX_ANSWERS_BYTES,
  type ParseAnswersResult,
  parseAnswers,
  type Questionnaire,
} from '@betterforus/questionnaire'

type VFileMessage = ParseAnswersResult['file']['messages'][number]

export type LoadResult =
  | { kind: 'ok'; answers: Answers; missing: number; conflicts: number; notes: string[] }
  | { kind: 'error'; messages: string[] }

/**
 * Refuse a file over the size cap from its size alone, before reading it (bad-inputs U11).
 *
 * @param size `File.size`.
 * @returns The message, or `undefined` when the size is fine.
 */
export function fileSizeProblem(size: number): string | undefined {
  if (size <= MAX_ANSWERS_BYTES) return undefined
  return `The selected file must be 1 MB or smaller: it is ${size.toLocaleString('en-GB')} bytes, and the limit is ${MAX_ANSWERS_BYTES.toLocaleString('en-GB')} bytes`
}

/**
 * Read an answers file (JSON or YAML) with the CLI's safe parsing (`parseAnswers`). Every problem
 * is returned at once. A file whose only problems are unanswered required questions or rule
 * conflicts is a saved draft: it loads, with both counted, so the user can finish it.
 *
 * @param bytes The file's bytes.
 * @param name The file's name, for messages.
 * @param questionnaire The questionnaire.
 * @returns The answers, or every problem.
 */
export function loadAnswers(
  bytes: Uint8Array,
  name: string,
  questionnaire: Questionnaire,
): LoadResult {
  const parsed = parseAnswers(bytes, questionnaire, { path: name })
  const fatal = parsed.file.messages.filter((message) => message.fatal === true)
  const notes = parsed.file.messages.filter((message) => message.fatal !== true).map(describe)
  if (parsed.answers)
    return { kind: 'ok', answers: parsed.answers, missing: 0, conflicts: 0, notes }
  // A saved draft: its only problems are unanswered questions and rule conflicts (which the
  // question they are on shows, as it would while typing).
  const draftOnly = (ruleId: string | undefined | null) =>
    ruleId === 'missing-answer' || ruleId === 'not-allowed'
  if (fatal.length > 0 && fatal.every((message) => draftOnly(message.ruleId))) {
    const relaxed = parseAnswers(bytes, asDraft(questionnaire), { path: name })
    if (relaxed.answers) {
      const missing = fatal.filter((message) => message.ruleId === 'missing-answer').length
      const conflicts = fatal.filter((message) => message.ruleId === 'not-allowed').length
      return { kind: 'ok', answers: relaxed.answers, missing, conflicts, notes }
    }
  }
  return { kind: 'error', messages: fatal.map(describe) }
}

/** The questionnaire with nothing required and no rules: what a draft must meet. */
function asDraft(questionnaire: Questionnaire): Questionnaire {
  return {
    ...questionnaire,
    rules: [],
    sections: questionnaire.sections.map((section) => ({
      ...section,
      questions: section.questions.map((question) => ({ ...question, required: false })),
    })),
  }
}

/**
 * A message with its place in words: "Line 3, column 5: …".
 *
 * @param message A vfile message.
 * @returns The text.
 */
export function describe(message: VFileMessage): string {
  const reason = message.reason.charAt(0).toUpperCase() + message.reason.slice(1)
  if (message.line === undefined) return reason
  return `Line ${message.line}${message.column === undefined ? '' : `, column ${message.column}`}: ${reason}`
}
