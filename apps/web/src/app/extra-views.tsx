import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { LoadingPage } from './loading-page.js'
import { announcePage } from './page-title.js'
import type { ExtraRoute } from './routes.js'

/** What another part's page is given: its route's `:params`. */
export interface ExtraViewProps {
  params: Record<string, string>
}

type ViewLoader = () => Promise<ComponentType<ExtraViewProps>>

/**
 * The pages of other parts of the app (such as the clause library), by their `ExtraRoute` name:
 * one line each, loaded lazily so each is its own chunk (the service worker precaches it).
 *
 * @example
 *   'extra:library-clause': () => import('../library/clause-page.js').then((m) => m.ClausePage),
 */
export const EXTRA_VIEWS: Record<string, ViewLoader> = {}

const loaded = new Map<string, ComponentType<ExtraViewProps>>()

/** Another part's page: loaded on first use, then announced as a page load would be. */
export function ExtraView({ route }: { route: ExtraRoute }) {
  const load = EXTRA_VIEWS[route.name]
  const [View, setView] = useState(() => loaded.get(route.name))
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (!load || loaded.has(route.name)) {
      setView(() => loaded.get(route.name))
      return
    }
    let live = true
    load().then(
      (component) => {
        loaded.set(route.name, component)
        if (!live) return
        setView(() => component)
        queueMicrotask(announcePage)
      },
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [route.name, load])
  if (!load) return null
  if (View) return <View params={route.params} />
  return <LoadingPage failed={failed} what="This page" />
}
