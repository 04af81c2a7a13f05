import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
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
    <main class="govuk-main-wrapper" id="main-content">
      <h1 class="govuk-heading-l" tabIndex={-1}>
        Clause library
      </h1>
      <p class="govuk-body" role="status">
        {failed
          ? 'The clause library could not be loaded. Check your connection and reload the page.'
          : 'Loading the clause library…'}
      </p>
    </main>
  )
}
