import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { ErrorSummary } from './error-summary.js'
import { Field } from './fields/field.js'
import type { FieldValue, FormValues } from './form-state.js'
import { backRoute, nextRoute } from './navigation.js'
import { fieldId, type Model, type Page } from './questionnaire-model.js'
import { type Route, routeHash } from './routes.js'
import { type FieldError, type Validation, validateForm } from './validate.js'

export interface QuestionPageProps {
  model: Model
  page: Page
  values: FormValues
  validation: Validation
  returnToCheck: boolean
  onChange: (questionId: string, value: FieldValue) => void
  onContinue: (pageId: string, next: Route) => void
  /** The live preview, shown in a details element under the form. */
  preview: ComponentChildren
  previewOpen: boolean
  onPreviewToggle: (open: boolean) => void
}

/**
 * A question page: one question (with any questions revealed under its options), checked with
 * the shared schema when the user continues.
 */
export function QuestionPage(props: QuestionPageProps) {
  const { model, page, values, validation, returnToCheck, onChange } = props
  const [errors, setErrors] = useState<FieldError[] | undefined>(undefined)
  const errorOf = (id: string) => errors?.find((error) => error.questionId === id)

  const reveals = new Map<string, ComponentChildren>()
  for (const reveal of page.reveals) {
    for (const option of reveal.options) {
      const existing = reveals.get(option)
      const field = (
        <Field
          key={reveal.question.id}
          question={reveal.question}
          value={values[reveal.question.id]}
          error={errorOf(reveal.question.id)}
          onChange={onChange}
          isPageHeading={false}
        />
      )
      reveals.set(option, existing === undefined ? field : [existing, field])
    }
  }

  const submit = (event: Event) => {
    event.preventDefault()
    const ids = new Set([page.id, ...page.reveals.map((reveal) => reveal.question.id)])
    const result = validateForm(model.questionnaire, values, ids)
    if (result.errors.length > 0) {
      setErrors(result.errors)
      return
    }
    setErrors(undefined)
    props.onContinue(page.id, nextRoute(model, page, result.visible, result.answers, returnToCheck))
  }

  const back = backRoute(model, page, validation.visible, returnToCheck)
  return (
    <main class="govuk-main-wrapper app-main--with-back-link" id="main-content">
      <a href={routeHash(back)} class="govuk-back-link app-back-link">
        Back
      </a>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {errors && (
            <ErrorSummary
              items={errors.map((error) => ({
                message: error.message,
                target: `${fieldId(error.questionId)}${error.part ? `-${error.part}` : ''}`,
              }))}
            />
          )}
          <span class="govuk-caption-l">{page.section.title}</span>
          <form noValidate onSubmit={submit}>
            <Field
              question={page.question}
              value={values[page.question.id]}
              error={errorOf(page.question.id)}
              onChange={onChange}
              isPageHeading
              reveals={reveals}
            />
            <button type="submit" class="govuk-button">
              {returnToCheck ? 'Save and return' : 'Continue'}
            </button>
          </form>
          <details
            class="govuk-details"
            open={props.previewOpen}
            onToggle={(event) => props.onPreviewToggle(event.currentTarget.open)}
          >
            <summary class="govuk-details__summary">
              <span class="govuk-details__summary-text">Preview the tender pack as you answer</span>
            </summary>
            <div class="govuk-details__text">{props.previewOpen ? props.preview : null}</div>
          </details>
        </div>
      </div>
    </main>
  )
}
