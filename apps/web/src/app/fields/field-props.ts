import type { Question } from '@betterforus/questionnaire'
import type { ComponentChildren } from 'preact'
import type { FieldValue } from '../form-state.js'
import type { FieldError } from '../validate.js'

/** What every field component takes. */
export interface FieldProps {
  question: Question
  value: FieldValue | undefined
  error: FieldError | undefined
  onChange: (questionId: string, value: FieldValue) => void
  /** The question is the page's heading (one question per page). */
  isPageHeading: boolean
  /** Content revealed under radio options, by option value (one-of and yes-no only). */
  reveals?: Map<string, ComponentChildren>
}
