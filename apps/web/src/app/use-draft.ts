import type { Questionnaire } from '@betterforus/questionnaire'
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import type { DraftProblem } from './draft-banner.js'
import {
  browserStorage,
  DRAFT_KEY,
  parseDraft,
  serialiseDraft,
  writeDraft,
} from './draft-storage.js'
import type { FormValues } from './form-state.js'

/** The form's answers and visited pages, autosaved to this browser as the draft. */
export interface Draft {
  values: FormValues
  visited: ReadonlySet<string>
  /** A draft is kept in this browser. */
  saved: boolean
  /** A save that failed, or the same draft changed in another tab. */
  problem: DraftProblem | undefined
  setValues: (update: (current: FormValues) => FormValues) => void
  setVisited: (update: (current: ReadonlySet<string>) => ReadonlySet<string>) => void
  /** Replace the answers and visited pages at once (a loaded answers file). */
  replaceAll: (values: FormValues, visited: ReadonlySet<string>) => void
  /** Take the draft the other tab saved. */
  takeOtherTab: () => void
  /** Keep this tab's answers, and save them over the other tab's. */
  keepThisTab: () => void
  /** Remove the draft from this browser and empty the form. */
  clear: () => void
}

function readDraft(questionnaire: Questionnaire) {
  let text: string | null = null
  try {
    text = browserStorage()?.getItem(DRAFT_KEY) ?? null
  } catch {
    text = null
  }
  return { text, draft: parseDraft(text, questionnaire) }
}

/**
 * The draft state machine: restore the draft on load, autosave every change, say when a save
 * fails, and pause autosave when another tab changes the same draft until the user chooses.
 *
 * @param questionnaire The questionnaire the draft answers.
 */
export function useDraft(questionnaire: Questionnaire): Draft {
  const initial = useMemo(() => readDraft(questionnaire), [questionnaire])
  const [values, setValues] = useState<FormValues>(initial.draft?.values ?? {})
  const [visited, setVisited] = useState<ReadonlySet<string>>(new Set(initial.draft?.visited ?? []))
  const [problem, setProblem] = useState<DraftProblem | undefined>(undefined)
  const [saved, setSaved] = useState(initial.draft !== undefined)
  // Note: refs, not state: the storage listener and the autosave read them without re-rendering.
  const lastWritten = useRef<string | null>(initial.text)
  const paused = useRef(false)
  const otherTab = useRef<string | null>(null)

  // Autosave the draft to this browser, and say so when it fails.
  useEffect(() => {
    if (paused.current) return
    const empty = Object.keys(values).length === 0 && visited.size === 0
    const text = empty
      ? undefined
      : serialiseDraft({
          questionnaireVersion: questionnaire.version,
          values,
          visited: [...visited],
        })
    if ((text ?? null) === lastWritten.current) return
    const result = writeDraft(browserStorage(), text)
    if (result.ok) {
      lastWritten.current = text ?? null
      setSaved(text !== undefined)
      setProblem((current) => (current?.kind === 'save-failed' ? undefined : current))
    } else {
      setProblem({ kind: 'save-failed', reason: result.reason })
      setSaved(false)
    }
  }, [values, visited, questionnaire])

  // The same draft changed in another tab: warn and pause autosave until the user chooses.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== DRAFT_KEY || event.newValue === lastWritten.current) return
      paused.current = true
      otherTab.current = event.newValue
      setProblem({ kind: 'changed-elsewhere' })
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [])

  const replaceAll = (next: FormValues, nextVisited: ReadonlySet<string>) => {
    setValues(next)
    setVisited(nextVisited)
  }
  return {
    values,
    visited,
    saved,
    problem,
    setValues,
    setVisited,
    replaceAll,
    takeOtherTab: () => {
      const draft = parseDraft(otherTab.current, questionnaire)
      lastWritten.current = otherTab.current
      paused.current = false
      setProblem(undefined)
      replaceAll(draft?.values ?? {}, new Set(draft?.visited ?? []))
    },
    keepThisTab: () => {
      paused.current = false
      lastWritten.current = null
      setProblem(undefined)
      setValues((current) => ({ ...current }))
    },
    clear: () => {
      const result = writeDraft(browserStorage(), undefined)
      lastWritten.current = null
      paused.current = false
      setProblem(result.ok ? undefined : { kind: 'save-failed', reason: result.reason })
      replaceAll({}, new Set())
      setSaved(false)
    },
  }
}
