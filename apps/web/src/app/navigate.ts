import { type Route, routeHash } from './routes.js'

// W3 (docs/bad-inputs.md): the only module that reads or changes `window.location`, so every
// change is to an in-page route that `routeHash` builds from questionnaire and document ids.

/**
 * Go to a route of the app.
 *
 * @param route Where to go.
 * @param options `replace`: replace the current history entry instead of adding one.
 */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const hash = routeHash(route)
  if (options.replace === true) window.location.replace(hash)
  else window.location.hash = hash
}

/** The location hash, such as `#/check`, for `parseRoute`. */
export function currentHash(): string {
  return window.location.hash
}
