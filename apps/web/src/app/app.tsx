import { catalog } from '@betterforus/clauses'
import type { Answers } from '@betterforus/questionnaire'
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks'
import { LibraryLoader } from '../library/library-loader.js'
import { isLibraryRoute } from '../library/library-routes.js'
import { AnswersFile } from './answers-file.js'
import { CheckAnswers } from './check-answers.js'
import { ClearDraft, DraftBanner } from './draft-banner.js'
import { type FieldValue, formValuesFromAnswers } from './form-state.js'
import { Layout } from './layout.js'
import { navigate } from './navigate.js'
import { sectionPages } from './navigation.js'
import { buildPack, buildPackFromValidated, type Copy } from './pack.js'
import { prefetchPackFiles } from './pack-downloads.js'
import { PackPage } from './pack-page.js'
import { PackPreview } from './preview.js'
import { PrivacyPage, PrivacySummary } from './privacy.js'
import { QuestionPage } from './question-page.js'
import { buildModel } from './questionnaire-model.js'
import { TaskList } from './task-list.js'
import { useDraft } from './use-draft.js'
import { useHashRoute } from './use-hash-route.js'
import { validateForm } from './validate.js'

const model = buildModel(catalog.questionnaire)
const documentIds = catalog.pack.documents

/** The whole app: state, routing by hash, the autosaved draft and the pages. */
export function App() {
  const draft = useDraft(catalog.questionnaire)
  const { values, visited } = draft
  const [copy, setCopy] = useState<Copy>('drafter')
  const [previewOpen, setPreviewOpen] = useState(false)
  const [previewDocument, setPreviewDocument] = useState<string | undefined>(undefined)
  const [notice, setNotice] = useState<string | undefined>(undefined)
  const clearNotice = useCallback(() => setNotice(undefined), [])
  // Routing: the hash holds questionnaire and document ids only.
  const route = useHashRoute(model, documentIds, clearNotice)

  // Note: the DOCX writer is not in the initial JavaScript; fetch it once the page is idle so
  // that downloads work offline too.
  useEffect(() => {
    prefetchPackFiles()
  }, [])

  const validation = useMemo(() => validateForm(catalog.questionnaire, values), [values])

  // A section route goes to the section's first visible page.
  useEffect(() => {
    if (route.name !== 'section') return
    const first = sectionPages(model, route.sectionId, validation.visible)[0]
    navigate(
      first ? { name: 'question', pageId: first.id, returnToCheck: false } : { name: 'tasks' },
      { replace: true },
    )
  }, [route, validation.visible])

  // Focus the heading of each new page, as a page load would.
  useEffect(() => {
    window.scrollTo(0, 0)
    const heading = document.querySelector<HTMLElement>('main h1')
    heading?.focus({ preventScroll: true })
    document.title = `${heading?.textContent?.trim() ?? 'Build a tender pack'} – Build a tender pack – BetterForUs`
  }, [route])

  const { setValues, setVisited, replaceAll } = draft
  const onChange = useCallback(
    (questionId: string, value: FieldValue) => {
      setValues((current) => ({ ...current, [questionId]: value }))
    },
    [setValues],
  )
  const clearDraft = () => {
    draft.clear()
    setNotice('Your draft has been cleared from this browser.')
  }
  const onLoad = (answers: Answers, missing: number, notes: string[]) => {
    const next = formValuesFromAnswers(catalog.questionnaire, answers)
    const pages = model.pages.map((page) => page.id)
    replaceAll(next, new Set(missing === 0 ? pages : []))
    navigate(missing === 0 ? { name: 'check' } : { name: 'tasks' })
    setNotice(
      [
        missing === 0
          ? 'Your answers file has been loaded.'
          : `Your answers file has been loaded. ${missing} required ${missing === 1 ? 'question still needs an answer' : 'questions still need answers'}.`,
        ...notes,
      ].join(' '),
    )
  }

  const needsPack = route.name === 'pack' || (route.name === 'question' && previewOpen)
  const packResult = useMemo(() => {
    if (!needsPack || validation.errors.length > 0) return undefined
    return validation.normalised
      ? buildPackFromValidated(validation.normalised, copy)
      : buildPack(validation.answers, copy)
  }, [needsPack, validation, copy])

  const page =
    route.name === 'question'
      ? model.pages.find((candidate) => candidate.id === route.pageId)
      : undefined
  const current =
    route.name === 'answers-file' || route.name === 'privacy'
      ? route.name
      : isLibraryRoute(route)
        ? 'library'
        : 'tasks'

  return (
    <Layout current={current}>
      <DraftBanner
        problem={draft.problem}
        onUseOther={draft.takeOtherTab}
        onKeepThis={draft.keepThisTab}
      />
      {notice && (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="status">
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title">Success</h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">{notice}</p>
          </div>
        </div>
      )}
      {route.name === 'tasks' && (
        <main class="govuk-main-wrapper" id="main-content">
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
              <h1 class="govuk-heading-xl" tabIndex={-1}>
                Build a tender pack
              </h1>
              <p class="govuk-body-l">
                Answer questions about your procurement to make the social value and fair work
                clauses for your tender: a contract schedule your lawyer can work in, and text you
                can publish.
              </p>
              <PrivacySummary />
              <TaskList model={model} validation={validation} visited={visited} />
              <h2 class="govuk-heading-m">Your draft</h2>
              <ClearDraft onClear={clearDraft} saved={draft.saved} />
              <p class="govuk-body">
                You can also{' '}
                <a class="govuk-link" href="#/answers-file">
                  save your answers as a file or load an answers file
                </a>
                .
              </p>
            </div>
          </div>
        </main>
      )}
      {route.name === 'section' && <main class="govuk-main-wrapper" id="main-content" />}
      {route.name === 'question' && page && (
        <QuestionPage
          key={page.id}
          model={model}
          page={page}
          values={values}
          validation={validation}
          returnToCheck={route.returnToCheck}
          onChange={onChange}
          onContinue={(pageId, next) => {
            setVisited((current) => new Set([...current, pageId]))
            navigate(next)
          }}
          previewOpen={previewOpen}
          onPreviewToggle={setPreviewOpen}
          preview={
            packResult?.kind === 'ok' ? (
              <PackPreview
                documents={packResult.pack.documents}
                selected={previewDocument}
                onSelect={setPreviewDocument}
                idPrefix="live"
              />
            ) : (
              <p class="govuk-body">
                The preview appears when every question is answered.{' '}
                {validation.errors.length > 0 &&
                  `${validation.errors.length} ${validation.errors.length === 1 ? 'answer is' : 'answers are'} still needed or need changing.`}
              </p>
            )
          }
        />
      )}
      {route.name === 'check' && <CheckAnswers model={model} validation={validation} />}
      {route.name === 'pack' &&
        (packResult ? (
          <PackPage
            result={packResult}
            copy={copy}
            onCopy={setCopy}
            documentId={route.documentId}
          />
        ) : (
          <main class="govuk-main-wrapper" id="main-content">
            <h1 class="govuk-heading-l" tabIndex={-1}>
              Your tender pack
            </h1>
            <p class="govuk-body">
              Some answers are missing or need changing.{' '}
              <a class="govuk-link" href="#/check">
                Check your answers
              </a>
              .
            </p>
          </main>
        ))}
      {route.name === 'answers-file' && (
        <AnswersFile
          questionnaire={catalog.questionnaire}
          answers={validation.answers}
          onLoad={onLoad}
        >
          <h2 class="govuk-heading-m">Your draft in this browser</h2>
          <ClearDraft onClear={clearDraft} saved={draft.saved} />
        </AnswersFile>
      )}
      {route.name === 'privacy' && <PrivacyPage />}
      {isLibraryRoute(route) && <LibraryLoader route={route} />}
      {route.name === 'not-found' && (
        <main class="govuk-main-wrapper" id="main-content">
          <h1 class="govuk-heading-l" tabIndex={-1}>
            Page not found
          </h1>
          <p class="govuk-body">
            <a class="govuk-link" href="#/">
              Go to the task list
            </a>
          </p>
        </main>
      )}
    </Layout>
  )
}
