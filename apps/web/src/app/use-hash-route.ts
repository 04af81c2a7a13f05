import { useEffect, useState } from 'preact/hooks'
import { currentHash } from './navigate.js'
import type { Model } from './questionnaire-model.js'
import { parseRoute, type Route } from './routes.js'

/**
 * The route the location hash names, kept up to date on `hashchange`. A hash that is not one of
 * ours (`#main-content`, the skip link) leaves the route as it is.
 *
 * @param model The questionnaire model (ids are checked against it).
 * @param documentIds The ids of the pack's documents.
 */
export function useHashRoute(model: Model, documentIds: readonly string[]): Route {
  const [state, setState] = useState(() => ({
    hash: currentHash(),
    route: parseRoute(currentHash(), model, documentIds),
  }))
  useEffect(() => {
    const onHash = () => {
      const hash = currentHash()
      if (!hash.startsWith('#/') && hash !== '') return
      setState((previous) =>
        previous.hash === hash ? previous : { hash, route: parseRoute(hash, model, documentIds) },
      )
    }
    window.addEventListener('hashchange', onHash)
    // Note: effects run after paint; a hash changed between the first render and now (the app
    // chunk arriving while a link is followed) fired no event we heard, so read it once more.
    onHash()
    return () => window.removeEventListener('hashchange', onHash)
  }, [model, documentIds])
  return state.route
}
