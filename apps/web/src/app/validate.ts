import {
  type Answers,
  answersSchemaFor,
  conditionReferences,
  type Questionnaire,
  ruleViolations,
} from '@betterforus/questionnaire'
import type { DatePart } from './date-parts.js'
import { type BuiltAnswers, buildAnswers, type FormValues } from './form-state.js'
import { govukMessage } from './messages.js'

/** A problem with one field, in GOV.UK words. */
export interface FieldError {
  questionId: string
  message: string
  /** The box of a date input to link to. */
  part?: DatePart
  /** A combination of answers the law does not allow (a questionnaire rule), not a bad field. */
  conflict?: true
}

export interface Validation extends BuiltAnswers {
  /** Problems, in questionnaire order, at most one per question. */
  errors: FieldError[]
  /** The answers as the shared schema normalises them (NFC, LF, trimmed), when all are valid. */
  normalised?: Answers
}

/**
 * Check the form with the same zod schema as the CLI (`buildAnswersSchema`) and the
 * questionnaire's rules, and word every problem as GOV.UK does.
 *
 * @param questionnaire The questionnaire.
 * @param values The form.
 * @param only Check only these questions (a page); all visible questions when absent.
 * @returns The answers and the problems.
 */
export function validateForm(
  questionnaire: Questionnaire,
  values: FormValues,
  only?: ReadonlySet<string>,
): Validation {
  const built = buildAnswers(questionnaire, values)
  const byId = new Map<string, FieldError>()
  const wanted = (id: string) => built.visible.has(id) && (only === undefined || only.has(id))
  for (const [questionId, error] of built.inputErrors) {
    if (wanted(questionId)) byId.set(questionId, { questionId, ...error })
  }
  const schema = answersSchemaFor(questionnaire)
  const questions = new Map(
    questionnaire.sections.flatMap((section) =>
      section.questions.map((question) => [question.id, question]),
    ),
  )
  const result = schema.safeParse(built.answers)
  if (!result.success) {
    for (const issue of result.error.issues) {
      const questionId = questionAt(questions, issue.path)
      if (questionId === undefined || !wanted(questionId) || byId.has(questionId)) continue
      const question = questions.get(questionId)
      if (!question) continue
      const params =
        'params' in issue ? (issue.params as Record<string, unknown> | undefined) : undefined
      const ruleId = typeof params?.ruleId === 'string' ? params.ruleId : 'wrong-type'
      byId.set(questionId, { questionId, message: govukMessage(question, ruleId, issue.message) })
    }
  }
  if (byId.size === 0) {
    for (const error of ruleErrors(questionnaire, built.answers)) {
      if (wanted(error.questionId) && !byId.has(error.questionId)) byId.set(error.questionId, error)
    }
  }
  const order = [...questions.keys()]
  const normalised = result.success && byId.size === 0 ? (result.data as Answers) : undefined
  const errors = [...byId.values()].sort(
    (a, b) => order.indexOf(a.questionId) - order.indexOf(b.questionId),
  )
  return { ...built, errors, ...(normalised && { normalised }) }
}

/**
 * Combinations of answers the law does not allow (`ruleViolations`, as `parseAnswers` finds
 * them), each placed on the first answered question it names.
 *
 * @param questionnaire The questionnaire.
 * @param answers The answers.
 * @returns The problems.
 */
export function ruleErrors(questionnaire: Questionnaire, answers: Answers): FieldError[] {
  return ruleViolations(questionnaire, answers).flatMap(({ questionId, message, when }) => {
    // Note: a rule that names no answered question is shown on the first question it names.
    const id = questionId ?? conditionReferences(when).find((other) => other !== 'regime')
    return id === undefined ? [] : [{ questionId: id, message, conflict: true as const }]
  })
}

function questionAt(
  questions: Map<string, unknown>,
  path: readonly PropertyKey[],
): string | undefined {
  const segments = path.filter((segment): segment is string => typeof segment === 'string')
  for (let length = segments.length; length > 0; length--) {
    const id = segments.slice(0, length).join('.')
    if (questions.has(id)) return id
  }
  return undefined
}
