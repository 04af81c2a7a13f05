import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { LoadingPage } from '../app/loading-page.js'
import type { LibraryRoute } from './library-routes.js'

type Pages = ComponentType<{ route: LibraryRoute }>
let loaded: Pages | undefined

/**
 * The clause library, fetched on demand (a separate chunk) so the questionnaire's first load does
 * not carry it. Once fetched it stays in memory, so the library works offline from then on.
 */
export function LibraryLoader({ route }: { route: LibraryRoute }) {
  const [pages, setPages] = useState<Pages | undefined>(() => loaded)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (pages) return
    import('./library-pages.js').then(
      (module) => {
        loaded = module.LibraryPages
        setPages(() => module.LibraryPages)
      },
      () => setFailed(true),
    )
  }, [pages])
  if (pages) {
    const Pages = pages
    return <Pages route={route} />
  }
  return (
    <LoadingPage failed={failed} what="The clause library" loading="Loading the clause library…">
      <h1 class="govuk-heading-l" tabIndex={-1}>
        Clause library
      </h1>
    </LoadingPage>
  )
}
