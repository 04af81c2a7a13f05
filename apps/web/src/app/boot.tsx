import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { Layout } from './layout.js'
import { currentHash } from './navigate.js'
import { StartPage } from './start-page.js'

/**
 * The questionnaire, its catalog and the pack builder: a separate chunk, so the start page needs
 * only the page frame. It is fetched at once, in the background.
 */
const loadApp = () => import('./app.js')

/** The start page at once; the rest of the app as soon as its chunk has loaded. */
export function Boot() {
  const [App, setApp] = useState<ComponentType | undefined>(undefined)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    loadApp().then(
      (module) => setApp(() => module.App),
      () => setFailed(true),
    )
  }, [])
  if (App) return <App />
  const start = currentHash().replace(/^#\/?/, '') === ''
  return (
    <Layout current="">
      {start ? (
        <StartPage />
      ) : (
        <main class="govuk-main-wrapper" id="main-content">
          <p class="govuk-body" role="status">
            {failed
              ? 'The service could not load. Check your internet connection and reload the page.'
              : 'Loading…'}
          </p>
        </main>
      )}
    </Layout>
  )
}
