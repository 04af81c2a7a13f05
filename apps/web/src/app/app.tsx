import './zod-config.js'
import { catalog } from '@betterforus/clauses'
import type { Answers } from '@betterforus/questionnaire'
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { LibraryLoader } from '../library/library-loader.js'
import { isLibraryRoute } from '../library/library-routes.js'
import { AnswersFile } from './answers-file.js'
import { CheckAnswers } from './check-answers.js'
import { ClearDraftPage } from './clear-draft-page.js'
import { ClearDraft, DraftBanner } from './draft-banner.js'
import { EXTRA_VIEWS, ExtraView } from './extra-views.js'
import { FeedbackPage } from './feedback-page.js'
import { type FieldValue, formValuesFromAnswers } from './form-state.js'
import { layDefaultValues } from './lay-default-values.js'
import { LayerPage } from './layer-page.js'
import { navigate } from './navigate.js'
import { sectionPages } from './navigation.js'
import { type Notice, SuccessBanner } from './notice.js'
import type { Copy } from './pack.js'
import { announcePage, updatePageTitle } from './page-title.js'
import { PrivacyPage } from './privacy.js'
import { QuestionPage } from './question-page.js'
import { buildModel } from './questionnaire-model.js'
import { RemoveLayerPage } from './remove-layer-page.js'
import { routeHash } from './routes.js'
import { TaskListPage } from './task-list-page.js'
import { useDraft } from './use-draft.js'
import { useHashRoute } from './use-hash-route.js'
import { useLayer } from './use-layer.js'
import { validateForm } from './validate.js'

type PackView = typeof import('./pack-view.js')
let packViewLoading: Promise<PackView> | undefined
/** The pack's chunk (generator, preview, pack page), fetched once. */
function loadPackView(): Promise<PackView> {
  packViewLoading ??= import('./pack-view.js').catch((error) => {
    packViewLoading = undefined
    throw error
  })
  return packViewLoading
}

const model = buildModel(catalog.questionnaire)
const documentIds = catalog.pack.documents

/** The whole app: state, routing by hash, the autosaved draft and the pages. */
export function App() {
  const draft = useDraft(catalog.questionnaire)
  const { values, visited } = draft
  const [copy, setCopy] = useState<Copy>('drafter')
  const [previewOpen, setPreviewOpen] = useState(false)
  const [previewDocument, setPreviewDocument] = useState<string | undefined>(undefined)
  const [notice, setNotice] = useState<Notice | undefined>(undefined)
  const [changed, setChanged] = useState<string | undefined>(undefined)
  const route = useHashRoute(model, documentIds)
  const hash = routeHash(route)
  // A notice belongs to the page it was shown on: it stays there, and goes once you move on.
  useEffect(() => {
    setNotice((current) => (current && current.hash !== hash ? undefined : current))
  }, [hash])
  useEffect(() => {
    if (route.name === 'pack' && route.documentId) setPreviewDocument(route.documentId)
  }, [route])

  // Note: the pack's chunk and the DOCX writer are not in the initial JavaScript; fetch them once
  // the page is idle (the service worker keeps them too), so the pack works offline.
  const [packView, setPackView] = useState<PackView | undefined>(undefined)
  useEffect(() => {
    const idle =
      window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200))
    idle(() => {
      loadPackView().then(
        (view) => {
          setPackView(view)
          view.prefetchPackFiles()
        },
        () => undefined,
      )
    })
  }, [])

  // A council layer's default answers answer the questions left unanswered.
  const layer = useLayer()
  const loadedLayer = layer.state.kind === 'ready' ? layer.state.layer : undefined
  const laid = useMemo(
    () => (loadedLayer ? layDefaultValues(values, loadedLayer.defaultValues) : undefined),
    [values, loadedLayer],
  )
  const validation = useMemo(
    () => validateForm(catalog.questionnaire, laid?.values ?? values),
    [values, laid],
  )

  // A section route goes to the section's first visible page.
  useEffect(() => {
    if (route.name !== 'section') return
    const first = sectionPages(model, route.sectionId, validation.visible)[0]
    navigate(
      first ? { name: 'question', pageId: first.id, returnToCheck: false } : { name: 'tasks' },
      { replace: true },
    )
  }, [route, validation.visible])

  // Focus the heading of each new page, as a page load would; not on the first load, so that
  // the skip link is the first thing Tab reaches.
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      updatePageTitle()
      return
    }
    if (route.name === 'check' && changed !== undefined) updatePageTitle()
    else announcePage()
  }, [route])

  const { setValues, setVisited, replaceAll } = draft
  const onChange = useCallback(
    (questionId: string, value: FieldValue) => {
      setValues((current) => ({ ...current, [questionId]: value }))
    },
    [setValues],
  )
  const removeLayer = () => {
    const result = layer.remove()
    navigate({ name: 'layer' })
    setNotice({
      hash: '#/layer',
      heading: result.ok
        ? 'The council layer has been removed from this browser.'
        : 'The council layer is no longer used, but this browser would not let it be deleted: clear this website’s data to delete it.',
    })
  }
  const onLayerLoaded = () =>
    setNotice({ hash: '#/layer', heading: 'Your council layer has been loaded.' })
  const clearDraft = () => {
    draft.clear()
    navigate({ name: 'tasks' })
    setNotice({ hash: '#/tasks', heading: 'Your draft has been deleted from this browser.' })
  }
  const onLoad = (answers: Answers, given: number, conflicts: number, notes: string[]) => {
    const next = formValuesFromAnswers(catalog.questionnaire, answers)
    // Note: with a council layer, its defaults answer some of the questions the file leaves out.
    const missing = loadedLayer
      ? validateForm(
          catalog.questionnaire,
          layDefaultValues(next, loadedLayer.defaultValues).values,
        ).errors.filter((error) => error.conflict !== true).length
      : given
    const pages = model.pages.map((page) => page.id)
    replaceAll(next, new Set(missing === 0 ? pages : []))
    const target = missing === 0 ? ({ name: 'check' } as const) : ({ name: 'tasks' } as const)
    const needed =
      missing === 0
        ? ''
        : `${missing} ${missing === 1 ? 'answer is' : 'answers are'} still needed: answer the sections marked “In progress” or “Not yet started”.`
    const clashing =
      conflicts === 0
        ? ''
        : `${conflicts} ${conflicts === 1 ? 'answer does' : 'answers do'} not fit together under the rules: change ${conflicts === 1 ? 'it' : 'them'} where shown.`
    setChanged(undefined)
    setNotice({
      hash: routeHash(target),
      heading: 'Your answers file has been loaded',
      body: [
        needed || clashing
          ? ''
          : 'Every required question has an answer. Check your answers, then create the pack.',
        needed,
        clashing,
        ...notes,
      ]
        .filter(Boolean)
        .join(' '),
    })
    navigate(target)
  }

  const needsPack = route.name === 'pack' || (route.name === 'question' && previewOpen)
  useEffect(() => {
    if (needsPack && !packView) loadPackView().then(setPackView, () => undefined)
  }, [needsPack, packView])
  // A page that waited for the pack's chunk is announced once it shows.
  useEffect(() => {
    if (packView && route.name === 'pack') announcePage()
  }, [packView])
  // Note: while a kept layer is loading, or cannot be used, no pack is made without it.
  const layerPending = layer.state.kind === 'loading' || layer.state.kind === 'broken'
  const packResult = useMemo(() => {
    if (!needsPack || !packView || layerPending || validation.errors.length > 0) return undefined
    if (loadedLayer)
      return packView.buildPack(validation.answers, copy, {
        catalog: loadedLayer.catalog,
        info: loadedLayer.pack.info,
        houseStyle: loadedLayer.pack.houseStyle,
        layDefaults: loadedLayer.layDefaults,
        fromDefaults: laid?.fromDefaults ?? new Set(),
      })
    return validation.normalised
      ? packView.buildPackFromValidated(validation.normalised, copy)
      : packView.buildPack(validation.answers, copy)
  }, [needsPack, packView, layerPending, loadedLayer, laid, validation, copy])

  const page =
    route.name === 'question'
      ? model.pages.find((candidate) => candidate.id === route.pageId)
      : undefined

  return (
    <>
      <DraftBanner
        problem={draft.problem}
        onUseOther={draft.takeOtherTab}
        onKeepThis={draft.keepThisTab}
      />
      {notice && notice.hash === hash && <SuccessBanner notice={notice} />}
      {/* Note: the start page is Boot's, so it stays in place while this chunk loads. */}
      {route.name === 'tasks' && (
        <TaskListPage model={model} validation={validation} visited={visited}>
          <ClearDraft saved={draft.saved} />
        </TaskListPage>
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
            setChanged(next.name === 'check' ? pageId : undefined)
            navigate(next)
          }}
          previewOpen={previewOpen}
          onPreviewToggle={setPreviewOpen}
          defaults={
            loadedLayer && {
              answers: loadedLayer.defaultAnswers,
              values: loadedLayer.defaultValues,
            }
          }
          preview={
            packResult?.kind === 'ok' && packView ? (
              <packView.PackPreview
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
      {route.name === 'check' && (
        <CheckAnswers
          model={model}
          validation={validation}
          changed={changed}
          layer={loadedLayer?.summary}
          fromDefaults={laid?.fromDefaults}
        />
      )}
      {route.name === 'pack' && !packView && (
        <main class="govuk-main-wrapper" id="main-content">
          <p class="govuk-body" role="status">
            Loading your tender pack…
          </p>
        </main>
      )}
      {route.name === 'pack' && packView && layerPending && (
        <main class="govuk-main-wrapper" id="main-content">
          <h1 class="govuk-heading-l" tabIndex={-1}>
            Your tender pack
          </h1>
          <p class="govuk-body" role="status">
            {layer.state.kind === 'loading' ? (
              'Loading your council layer…'
            ) : (
              <>
                Your council layer cannot be used, so the pack is not made without it.{' '}
                <a class="govuk-link" href="#/layer">
                  See why, and load the layer again or remove it
                </a>
                .
              </>
            )}
          </p>
        </main>
      )}
      {route.name === 'pack' &&
        packView &&
        !layerPending &&
        (packResult ? (
          <packView.PackPage
            result={packResult}
            copy={copy}
            onCopy={setCopy}
            documentId={previewDocument}
            onSelectDocument={setPreviewDocument}
            layer={loadedLayer?.summary}
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
          <ClearDraft saved={draft.saved} />
        </AnswersFile>
      )}
      {route.name === 'clear-draft' && <ClearDraftPage saved={draft.saved} onClear={clearDraft} />}
      {route.name === 'layer' && <LayerPage layer={layer} onLoaded={onLayerLoaded} />}
      {route.name === 'remove-layer' && (
        <RemoveLayerPage loaded={layer.state.kind !== 'none'} onRemove={removeLayer} />
      )}
      {route.name === 'privacy' && <PrivacyPage />}
      {route.name === 'feedback' && <FeedbackPage />}
      {isLibraryRoute(route) && <LibraryLoader route={route} />}
      {'params' in route && <ExtraView route={route} />}
      {(route.name === 'not-found' || ('params' in route && !EXTRA_VIEWS[route.name])) && (
        <main class="govuk-main-wrapper" id="main-content">
          <h1 class="govuk-heading-l" tabIndex={-1}>
            Page not found
          </h1>
          <p class="govuk-body">
            <a class="govuk-link" href="#/tasks">
              Go to the task list
            </a>
          </p>
        </main>
      )}
    </>
  )
}
