import { getAnswer } from '@betterforus/questionnaire'
import { useEffect } from 'preact/hooks'
import type { LayerSummary } from '../layer/layer-summary.js'
import { answerLines } from './answer-lines.js'
import { LayerTag } from './layer-tag.js'
import { navigate } from './navigate.js'
import type { Model } from './questionnaire-model.js'
import { RegimeSummary } from './regime-summary.js'
import { routeHash } from './routes.js'
import type { Validation } from './validate.js'

/**
 * GOV.UK check your answers: one summary card per section, a change link on every answer, and
 * every problem left in a summary at the top (each links to its question's page).
 */
export function CheckAnswers({
  model,
  validation,
  changed,
  layer,
  fromDefaults,
}: {
  model: Model
  validation: Validation
  /** The question just changed: its row's change link gets focus (Save and return). */
  changed?: string | undefined
  /** The council layer, when one is loaded. */
  layer?: LayerSummary | undefined
  /** The questions its default answers answered. */
  fromDefaults?: ReadonlySet<string> | undefined
}) {
  useEffect(() => {
    if (changed === undefined) return
    const link = document.querySelector<HTMLElement>(
      `[data-question="${CSS.escape(changed)}"] .govuk-summary-list__actions a`,
    )
    if (!link) return
    link.scrollIntoView({ block: 'center' })
    link.focus({ preventScroll: true })
  }, [changed])
  const problems = validation.errors.map((error) => ({
    message: error.message,
    href: routeHash({
      name: 'question',
      pageId: model.pageOf.get(error.questionId)?.id ?? error.questionId,
      returnToCheck: true,
    }),
  }))
  return (
    <main class="govuk-main-wrapper" id="main-content">
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds-from-desktop">
          {problems.length > 0 && (
            <div class="govuk-error-summary" tabIndex={-1}>
              <div role="alert">
                <h2 class="govuk-error-summary__title">There is a problem</h2>
                <div class="govuk-error-summary__body">
                  <ul class="govuk-list govuk-error-summary__list">
                    {problems.map((problem) => (
                      <li key={problem.href + problem.message}>
                        <a href={problem.href}>{problem.message}</a>
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            </div>
          )}
          <h1 class="govuk-heading-l" tabIndex={-1}>
            Check your answers before creating the pack
          </h1>
          <LayerTag summary={layer} />
          <RegimeSummary answers={validation.answers} />
          {model.questionnaire.sections.map((section) => {
            const questions = section.questions.filter((question) =>
              validation.visible.has(question.id),
            )
            if (questions.length === 0) return null
            return (
              <div class="govuk-summary-card" key={section.id}>
                <div class="govuk-summary-card__title-wrapper">
                  <h2 class="govuk-summary-card__title">{section.title}</h2>
                </div>
                <div class="govuk-summary-card__content">
                  <dl class="govuk-summary-list">
                    {questions.map((question) => {
                      const lines = answerLines(
                        question,
                        getAnswer(validation.answers, question.id),
                      )
                      const page = model.pageOf.get(question.id)
                      return (
                        <div
                          class="govuk-summary-list__row"
                          key={question.id}
                          data-question={question.id}
                        >
                          <dt class="govuk-summary-list__key">{question.short ?? question.text}</dt>
                          <dd class="govuk-summary-list__value">
                            {lines.length === 0 ? (
                              <span class="app-not-answered">Not answered</span>
                            ) : (
                              lines.map((line, index) => (
                                // biome-ignore lint/suspicious/noArrayIndexKey: lines of one answer
                                <p class="govuk-body app-answer-line" key={index}>
                                  {line}
                                </p>
                              ))
                            )}
                            {lines.length > 0 && fromDefaults?.has(question.id) && (
                              <strong class="govuk-tag govuk-tag--grey app-default-tag">
                                Council default
                              </strong>
                            )}
                          </dd>
                          <dd class="govuk-summary-list__actions">
                            <a
                              class="govuk-link"
                              href={routeHash({
                                name: 'question',
                                pageId: page?.id ?? question.id,
                                returnToCheck: true,
                              })}
                            >
                              {lines.length === 0 ? 'Add' : 'Change'}
                              <span class="govuk-visually-hidden">
                                {' '}
                                {question.short ?? question.text}
                              </span>
                            </a>
                          </dd>
                        </div>
                      )
                    })}
                  </dl>
                </div>
              </div>
            )
          })}
          <h2 class="govuk-heading-m">Now create your tender pack</h2>
          <p class="govuk-body">
            The pack is built in this browser from your answers. You can preview each document and
            download it as a Word document (DOCX) or as Markdown.
          </p>
          {problems.length === 0 ? (
            <button
              type="button"
              class="govuk-button"
              id="create-pack"
              onClick={() => {
                navigate({ name: 'pack' })
              }}
            >
              Create the tender pack
            </button>
          ) : (
            <p class="govuk-body">Answer the questions listed at the top of this page first.</p>
          )}
        </div>
      </div>
    </main>
  )
}
