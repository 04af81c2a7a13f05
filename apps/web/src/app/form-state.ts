import {
  type Answers,
  type AnswerValue,
  getAnswer,
  type Question,
  type Questionnaire,
  visibleQuestionIds,
} from '@betterforus/questionnaire'
import { type DatePart, type DateParts, datePartsFromIso, readDateParts } from './date-parts.js'
import { readNumberInput } from './number-input.js'

/** A field as typed: text, the picked values of checkboxes, or the three boxes of a date. */
export type FieldValue = string | string[] | DateParts

/** The form: field values by question id. Hidden questions keep their values. */
export type FormValues = Readonly<Record<string, FieldValue>>

/** A field whose text cannot be read as its type at all (before the shared schema runs). */
export interface InputError {
  message: string
  part?: DatePart
}

export type FieldReading =
  | { kind: 'empty' }
  | { kind: 'ok'; value: AnswerValue }
  | { kind: 'error'; error: InputError }

/**
 * Read one field as an answer.
 *
 * @param question The question.
 * @param raw The field value, if any.
 * @returns The reading.
 */
export function readField(question: Question, raw: FieldValue | undefined): FieldReading {
  if (raw === undefined) return { kind: 'empty' }
  switch (question.type) {
    case 'date': {
      const parts = isDateParts(raw) ? raw : datePartsFromIso(typeof raw === 'string' ? raw : '')
      const reading = readDateParts(parts)
      if (reading.kind === 'ok') return { kind: 'ok', value: reading.iso }
      if (reading.kind === 'empty') return reading
      return {
        kind: 'error',
        error: { message: reading.message, ...(reading.parts[0] && { part: reading.parts[0] }) },
      }
    }
    case 'number':
    case 'money':
    case 'percent': {
      const reading = readNumberInput(typeof raw === 'string' ? raw : '', question)
      if (reading.kind === 'ok') return { kind: 'ok', value: reading.value }
      if (reading.kind === 'empty') return reading
      return { kind: 'error', error: { message: reading.message } }
    }
    case 'yes-no':
      if (raw === 'yes') return { kind: 'ok', value: true }
      if (raw === 'no') return { kind: 'ok', value: false }
      return { kind: 'empty' }
    case 'several-of':
      return Array.isArray(raw) && raw.length > 0
        ? { kind: 'ok', value: [...raw] }
        : { kind: 'empty' }
    default:
      return typeof raw === 'string' && raw.trim() !== ''
        ? { kind: 'ok', value: raw }
        : { kind: 'empty' }
  }
}

export interface BuiltAnswers {
  /** Answers to the visible questions, nested by their dotted ids (plain JSON). */
  answers: Answers
  /** Visible questions, in questionnaire order. */
  visible: Set<string>
  /** Fields that could not be read, by question id (visible questions only). */
  inputErrors: Map<string, InputError>
}

/**
 * Turn the form into answers: only visible questions, each field read as its type.
 *
 * @param questionnaire The questionnaire.
 * @param values The form.
 * @returns The answers, the visible questions and the fields that could not be read.
 */
export function buildAnswers(questionnaire: Questionnaire, values: FormValues): BuiltAnswers {
  const all: Record<string, unknown> = {}
  const inputErrors = new Map<string, InputError>()
  const readings = new Map<string, FieldReading>()
  for (const section of questionnaire.sections) {
    for (const question of section.questions) {
      const reading = readField(question, own(values, question.id))
      readings.set(question.id, reading)
      if (reading.kind === 'ok') setPath(all, question.id, reading.value)
    }
  }
  const visible = visibleQuestionIds(questionnaire, all as Answers)
  const answers: Record<string, unknown> = {}
  for (const [id, reading] of readings) {
    if (!visible.has(id)) continue
    if (reading.kind === 'ok') setPath(answers, id, reading.value)
    if (reading.kind === 'error') inputErrors.set(id, reading.error)
  }
  return { answers: answers as Answers, visible, inputErrors }
}

/**
 * Turn answers (from a file) into the form.
 *
 * @param questionnaire The questionnaire.
 * @param answers Validated answers.
 * @returns The form values.
 */
export function formValuesFromAnswers(questionnaire: Questionnaire, answers: Answers): FormValues {
  const values: Record<string, FieldValue> = {}
  for (const section of questionnaire.sections) {
    for (const question of section.questions) {
      const value = getAnswer(answers, question.id)
      if (value === undefined) continue
      values[question.id] = fieldValueOf(question, value)
    }
  }
  return values
}

function fieldValueOf(question: Question, value: AnswerValue): FieldValue {
  if (question.type === 'date' && typeof value === 'string') return datePartsFromIso(value)
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (Array.isArray(value)) return [...value]
  return String(value)
}

/**
 * Whether a form value is the three boxes of a date.
 *
 * @param value A field value.
 * @returns Whether it is `DateParts`.
 */
export function isDateParts(value: FieldValue | undefined): value is DateParts {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function own(values: FormValues, id: string): FieldValue | undefined {
  return Object.hasOwn(values, id) ? values[id] : undefined
}

function setPath(target: Record<string, unknown>, id: string, value: unknown) {
  const segments = id.split('.')
  let group = target
  segments.forEach((segment, index) => {
    if (index === segments.length - 1) {
      Object.defineProperty(group, segment, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      })
      return
    }
    if (!Object.hasOwn(group, segment)) {
      Object.defineProperty(group, segment, {
        value: {},
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    group = group[segment] as Record<string, unknown>
  })
}
