import {
  isLibraryRoute,
  type LibraryRoute,
  libraryRouteHash,
  parseLibraryRoute,
} from '../library/library-routes.js'
import type { Model } from './questionnaire-model.js'

/** Where the app is: read from the location hash, only ever naming questionnaire and document ids. */
export type Route =
  | { name: 'tasks' }
  | { name: 'section'; sectionId: string }
  | { name: 'question'; pageId: string; returnToCheck: boolean }
  | { name: 'check' }
  | { name: 'pack'; documentId?: string }
  | { name: 'answers-file' }
  | { name: 'privacy' }
  | { name: 'not-found' }
  | LibraryRoute

/**
 * Read a location hash such as `#/question/authority.name`.
 *
 * @param hash `location.hash`.
 * @param model The questionnaire model (ids are checked against it).
 * @param documentIds The ids of the pack's documents.
 * @returns The route.
 */
export function parseRoute(hash: string, model: Model, documentIds: readonly string[]): Route {
  const path = hash.replace(/^#\/?/, '')
  if (path === '') return { name: 'tasks' }
  const library = parseLibraryRoute(path)
  if (library) return library
  const [first, second, third, ...rest] = path.split('/').map(safeDecode)
  if (rest.length > 0) return { name: 'not-found' }
  if (
    first === 'section' &&
    second !== undefined &&
    third === undefined &&
    model.sectionOf.has(second)
  )
    return { name: 'section', sectionId: second }
  if (
    first === 'question' &&
    second !== undefined &&
    model.pages.some((page) => page.id === second)
  ) {
    if (third === undefined) return { name: 'question', pageId: second, returnToCheck: false }
    if (third === 'change') return { name: 'question', pageId: second, returnToCheck: true }
  }
  if (second === undefined) {
    if (first === 'check') return { name: 'check' }
    if (first === 'pack') return { name: 'pack' }
    if (first === 'answers-file') return { name: 'answers-file' }
    if (first === 'privacy') return { name: 'privacy' }
  }
  if (
    first === 'pack' &&
    second !== undefined &&
    third === undefined &&
    documentIds.includes(second)
  )
    return { name: 'pack', documentId: second }
  return { name: 'not-found' }
}

/**
 * The hash of a route. Its parts are questionnaire and document ids, never answers.
 *
 * @param route The route.
 * @returns A hash such as `#/check`.
 */
export function routeHash(route: Route): string {
  if (isLibraryRoute(route)) return libraryRouteHash(route)
  switch (route.name) {
    case 'tasks':
      return '#/'
    case 'section':
      return `#/section/${encodeURIComponent(route.sectionId)}`
    case 'question':
      return `#/question/${encodeURIComponent(route.pageId)}${route.returnToCheck ? '/change' : ''}`
    case 'pack':
      return route.documentId === undefined
        ? '#/pack'
        : `#/pack/${encodeURIComponent(route.documentId)}`
    case 'not-found':
      return '#/'
    default:
      return `#/${route.name}`
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return ''
  }
}
