import type { Question } from '@betterforus/questionnaire'
import type { ComponentChildren } from 'preact'
import { fieldId } from '../questionnaire-model.js'
import type { FieldError } from '../validate.js'

/** The ids that describe a field: its hint and its error message. */
export function describedBy(question: Question, error: FieldError | undefined): string | undefined {
  const id = fieldId(question.id)
  const ids = [
    question.help === undefined ? undefined : `${id}-hint`,
    error ? `${id}-error` : undefined,
  ]
  const joined = ids.filter(Boolean).join(' ')
  return joined === '' ? undefined : joined
}

export function Hint({ question, extra }: { question: Question; extra?: string }) {
  const text = [question.help, extra].filter(Boolean).join(' ')
  if (text === '') return null
  return (
    <div id={`${fieldId(question.id)}-hint`} class="govuk-hint">
      {text}
    </div>
  )
}

export function ErrorMessage({
  question,
  error,
}: {
  question: Question
  error: FieldError | undefined
}) {
  if (!error) return null
  return (
    <p id={`${fieldId(question.id)}-error`} class="govuk-error-message">
      <span class="govuk-visually-hidden">Error:</span> {error.message}
    </p>
  )
}

export function FormGroup({
  error,
  children,
  extraClass,
}: {
  error: FieldError | undefined
  children: ComponentChildren
  extraClass?: string
}) {
  return (
    <div
      class={`govuk-form-group${extraClass ? ` ${extraClass}` : ''}${error ? ' govuk-form-group--error' : ''}`}
    >
      {children}
    </div>
  )
}

/** A label, wrapped in the page's `h1` when the question is the page heading. */
export function Label({ question, isPageHeading }: { question: Question; isPageHeading: boolean }) {
  const id = fieldId(question.id)
  if (!isPageHeading) {
    return (
      <label class="govuk-label govuk-label--s" for={id}>
        {question.text}
      </label>
    )
  }
  return (
    <h1 class="govuk-label-wrapper" tabIndex={-1}>
      <label class="govuk-label govuk-label--l" for={id}>
        {question.text}
      </label>
    </h1>
  )
}

/** A fieldset legend, the page's `h1` when the question is the page heading. */
export function Legend({
  question,
  isPageHeading,
}: {
  question: Question
  isPageHeading: boolean
}) {
  if (!isPageHeading) {
    return <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{question.text}</legend>
  }
  return (
    <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
      <h1 class="govuk-fieldset__heading" tabIndex={-1}>
        {question.text}
      </h1>
    </legend>
  )
}
