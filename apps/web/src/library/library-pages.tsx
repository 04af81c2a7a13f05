import './library.css'
import { useEffect } from 'preact/hooks'
import { ClausePage } from './clause-page.js'
import { DocumentPage } from './document-page.js'
import { IndexPage } from './index-page.js'
import type { LibraryRoute } from './library-routes.js'
import { ReleasePage, ReleasesPage } from './releases-page.js'

/**
 * The clause library's pages, loaded on demand. Focuses each page's heading and names the
 * window, as the questionnaire's pages do.
 */
export function LibraryPages({ route }: { route: LibraryRoute }) {
  useEffect(() => {
    const heading = document.querySelector<HTMLElement>('main h1')
    heading?.focus({ preventScroll: true })
    document.title = `${heading?.textContent?.trim() ?? 'Clause library'} – Clause library – BetterForUs`
  }, [route])
  switch (route.name) {
    case 'library':
      return <IndexPage key={route.query} query={route.query} />
    case 'library-clause':
      return <ClausePage clauseId={route.clauseId} version={route.version} />
    case 'library-document':
      return <DocumentPage documentId={route.documentId} />
    case 'releases':
      return <ReleasesPage />
    case 'release':
      return <ReleasePage version={route.version} />
  }
}
