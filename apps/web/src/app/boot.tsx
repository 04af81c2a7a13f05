import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { Layout } from './layout.js'
import { LoadingPage } from './loading-page.js'
import { currentHash } from './navigate.js'
import { StartPage } from './start-page.js'

/**
 * The questionnaire, its catalog and the pack builder: a separate chunk, so the start page needs
 * only the page frame. It is fetched at once, in the background.
 */
const loadApp = () => import('./app.js')

/** Whether the location is the start page (`#/` or no hash). */
function useOnStartPage(): boolean {
  const read = () => currentHash().replace(/^#\/?/, '') === ''
  const [start, setStart] = useState(read)
  useEffect(() => {
    // Note: a hash that is not a route (`#main-content`) leaves the page as it is.
    const onHash = () => {
      if (currentHash() === '' || currentHash().startsWith('#/')) setStart(read())
    }
    window.addEventListener('hashchange', onHash)
    // Note: a hash changed between the first render and this effect fired no event we heard.
    onHash()
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  return start
}

/**
 * The page frame and the start page at once; the rest of the app once its chunk has loaded.
 * The start page keeps its place in the tree when the app arrives, so nothing on it (a focused
 * skip link or Start now button) is re-created under the user.
 */
export function Boot() {
  const [App, setApp] = useState<ComponentType | undefined>(undefined)
  const [failed, setFailed] = useState(false)
  const start = useOnStartPage()
  useEffect(() => {
    loadApp().then(
      (module) => setApp(() => module.App),
      () => setFailed(true),
    )
  }, [])
  return (
    <Layout>
      {App ? <App /> : null}
      {start ? <StartPage /> : null}
      {!App && !start ? <LoadingPage failed={failed} what="The service" /> : null}
    </Layout>
  )
}
