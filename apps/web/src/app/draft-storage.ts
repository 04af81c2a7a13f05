import type { Questionnaire } from '@betterforus/questionnaire'
import type { FieldValue, FormValues } from './form-state.js'
import { type SaveResult, writeStorageItem } from './write-storage-item.js'

/** The localStorage key of the draft. Only this browser keeps it. */
export const DRAFT_KEY = 'betterforus:draft'

/** What the draft holds: the form as typed, and the pages the user has continued from. */
export interface Draft {
  questionnaireVersion: string
  values: FormValues
  visited: string[]
}

export type { SaveResult }

/**
 * The draft's text.
 *
 * @param draft The draft.
 * @returns JSON.
 */
export function serialiseDraft(draft: Draft): string {
  return JSON.stringify(draft)
}

/**
 * Read a draft back, keeping only fields of known questions with values of the right shape.
 * A draft of another major questionnaire version, or broken JSON, is ignored.
 *
 * @param text The stored text.
 * @param questionnaire The questionnaire.
 * @returns The draft, or `undefined`.
 */
export function parseDraft(text: string | null, questionnaire: Questionnaire): Draft | undefined {
  if (text === null) return undefined
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!isRecord(data) || typeof data.questionnaireVersion !== 'string') return undefined
  if (data.questionnaireVersion.split('.')[0] !== questionnaire.version.split('.')[0])
    return undefined
  if (!isRecord(data.values)) return undefined
  const values: Record<string, FieldValue> = {}
  const ids = new Set<string>()
  for (const section of questionnaire.sections) {
    for (const question of section.questions) {
      ids.add(question.id)
      if (!Object.hasOwn(data.values, question.id)) continue
      const value = (data.values as Record<string, unknown>)[question.id]
      if (isFieldValue(value)) values[question.id] = value
    }
  }
  const visited = Array.isArray(data.visited)
    ? data.visited.filter((id): id is string => typeof id === 'string' && ids.has(id))
    : []
  return { questionnaireVersion: data.questionnaireVersion, values, visited }
}

/**
 * Write the draft, reporting a full or unavailable storage instead of throwing.
 *
 * @param storage `localStorage`, or `undefined` when the browser refuses it.
 * @param text The draft's text, or `undefined` to remove the draft.
 * @returns Whether it was saved.
 */
export function writeDraft(storage: Storage | undefined, text: string | undefined): SaveResult {
  return writeStorageItem(storage, DRAFT_KEY, text)
}

/**
 * `localStorage`, or `undefined` when the browser refuses it (private mode, settings).
 *
 * @returns The storage.
 */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isFieldValue(value: unknown): value is FieldValue {
  if (typeof value === 'string') return value.length <= 100_000
  if (Array.isArray(value)) return value.every((item) => typeof item === 'string')
  return (
    isRecord(value) &&
    typeof value.day === 'string' &&
    typeof value.month === 'string' &&
    typeof value.year === 'string'
  )
}
