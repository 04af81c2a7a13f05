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
  const [route, setRoute] = useState<Route>(() => parseRoute(currentHash(), model, documentIds))
  useEffect(() => {
    const onHash = () => {
      const hash = currentHash()
      if (!hash.startsWith('#/') && hash !== '') return
      setRoute(parseRoute(hash, model, documentIds))
    }
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [model, documentIds])
  return route
}
