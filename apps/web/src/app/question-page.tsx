import { catalog } from '@betterforus/clauses'
import { type Answers, getAnswer } from '@betterforus/questionnaire'
import type { ComponentChildren } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { answerLines } from './answer-lines.js'
import { type ChangeEffects, changeEffects } from './change-effects.js'
import { ErrorSummary } from './error-summary.js'
import { Field } from './fields/field.js'
import { buildAnswers, type FieldValue, type FormValues } from './form-state.js'
import { layDefaultValues } from './lay-default-values.js'
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
  /** A council layer's default answers: a question left unanswered takes its default. */
  defaults?: { answers: Answers; values: FormValues } | undefined
}

/**
 * A question page: one question (with any questions revealed under its options), checked with
 * the shared schema when the user continues.
 */
export function QuestionPage(props: QuestionPageProps) {
  const { model, page, values, validation, returnToCheck, onChange } = props
  // A rule conflict already in the answers (a loaded draft) shows on its question at once.
  const [errors, setErrors] = useState<FieldError[] | undefined>(() => {
    const ids = new Set([page.id, ...page.reveals.map((reveal) => reveal.question.id)])
    const conflicts = validation.errors.filter(
      (error) => error.conflict === true && ids.has(error.questionId),
    )
    return conflicts.length > 0 ? conflicts : undefined
  })
  // Note: the answers as they were when the page opened, to say what a change stops using.
  const [opened] = useState(values)
  const [warning, setWarning] = useState<ChangeEffects | undefined>(undefined)
  const warningRef = useRef<HTMLDivElement>(null)
  // Note: a change waiting on the warning is not kept if the user leaves the page without
  // choosing (Back, a link): the previous answers come back.
  const undoOnLeave = useRef<(() => void) | undefined>(undefined)
  useEffect(() => () => undoOnLeave.current?.(), [])
  useEffect(() => {
    if (warning) warningRef.current?.focus()
  }, [warning])
  // A new answer after the warning must be weighed again.
  const answer = values[page.id]
  useEffect(() => setWarning(undefined), [answer])
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
    // Note: a question a council default answers may be left unanswered.
    const withDefaults = (form: FormValues) =>
      props.defaults ? layDefaultValues(form, props.defaults.values).values : form
    const result = validateForm(model.questionnaire, withDefaults(values), ids)
    if (result.errors.length > 0) {
      setErrors(result.errors)
      return
    }
    setErrors(undefined)
    if (!warning) {
      const effects = changeEffects(
        catalog,
        buildAnswers(model.questionnaire, withDefaults(opened)).answers,
        result.answers,
      )
      if (effects.questions.length > 0 || effects.clauses.length > 0) {
        undoOnLeave.current = restoreOpened
        setWarning(effects)
        return
      }
    }
    undoOnLeave.current = undefined
    props.onContinue(page.id, nextRoute(model, page, result.visible, result.answers, returnToCheck))
  }
  const restoreOpened = () => {
    for (const id of [page.id, ...page.reveals.map((reveal) => reveal.question.id)]) {
      const before = opened[id]
      if (before !== undefined) onChange(id, before)
    }
  }
  const cancelChange = () => {
    undoOnLeave.current = undefined
    restoreOpened()
    setWarning(undefined)
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
          {warning && <ChangeWarning effects={warning} focusRef={warningRef} />}
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
            {props.defaults && (
              <DefaultAnswer
                lines={answerLines(page.question, getAnswer(props.defaults.answers, page.id))}
              />
            )}
            {warning ? (
              <div class="govuk-button-group">
                <button type="submit" class="govuk-button govuk-button--warning">
                  Yes, change the answer
                </button>
                <button
                  type="button"
                  class="govuk-button govuk-button--secondary"
                  onClick={cancelChange}
                >
                  No, keep my previous answer
                </button>
              </div>
            ) : (
              <button type="submit" class="govuk-button">
                {returnToCheck ? 'Save and return' : 'Continue'}
              </button>
            )}
          </form>
          <details
            class="govuk-details"
            open={props.previewOpen}
            onToggle={(event) => props.onPreviewToggle(event.currentTarget.open)}
          >
            <summary class="govuk-details__summary">
              <span class="govuk-details__summary-text">
                {/* Note: named for what it shows now (issue 15). */}
                {validation.errors.length === 0
                  ? 'Preview the tender pack as you answer'
                  : 'Preview the tender pack (ready when every question is answered)'}
              </span>
            </summary>
            <div class="govuk-details__text">{props.previewOpen ? props.preview : null}</div>
          </details>
        </div>
      </div>
    </main>
  )
}

/** What the change will no longer use, before it is saved (GOV.UK warning and a list). */
function ChangeWarning({
  effects,
  focusRef,
}: {
  effects: ChangeEffects
  focusRef: { current: HTMLDivElement | null }
}) {
  return (
    <div class="app-change-warning" id="change-warning" tabIndex={-1} ref={focusRef}>
      <h2 class="govuk-heading-m">This change will remove parts of your pack</h2>
      <div class="govuk-warning-text">
        <span class="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong class="govuk-warning-text__text">
          <span class="govuk-visually-hidden">Warning</span>
          If you change this answer, the pack will no longer use the following.
        </strong>
      </div>
      {effects.questions.length > 0 && (
        <>
          <h3 class="govuk-heading-s">Answers that will not be used</h3>
          <ul class="govuk-list govuk-list--bullet" id="change-warning-questions">
            {effects.questions.map((question) => (
              <li key={question.id}>{question.short ?? question.text}</li>
            ))}
          </ul>
        </>
      )}
      {effects.clauses.length > 0 && (
        <>
          <h3 class="govuk-heading-s">Clauses that will be removed</h3>
          <ul class="govuk-list govuk-list--bullet" id="change-warning-clauses">
            {effects.clauses.map((clause) => (
              <li key={clause.id}>{clause.title}</li>
            ))}
          </ul>
        </>
      )}
      <p class="govuk-body">
        The hidden answers stay in your draft, so they come back if you change this answer back.
      </p>
    </div>
  )
}

/** Says what a council layer's default answers here, when it answers this question. */
function DefaultAnswer({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null
  return (
    <div class="govuk-inset-text" id="default-answer">
      Your council’s layer answers this question: {lines.join(', ')}. If you leave it unanswered,
      that answer is used.
    </div>
  )
}
