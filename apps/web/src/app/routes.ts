import {
  isLibraryRoute,
  type LibraryRoute,
  libraryRouteHash,
  parseLibraryRoute,
} from '../library/library-routes.js'
import type { Model } from './questionnaire-model.js'

/** Where the app is: read from the location hash, only ever naming questionnaire and document ids. */
export type Route =
  | { name: 'start' }
  | { name: 'tasks' }
  | { name: 'section'; sectionId: string }
  | { name: 'question'; pageId: string; returnToCheck: boolean }
  | { name: 'check' }
  | { name: 'pack'; documentId?: string }
  | { name: 'answers-file' }
  | { name: 'clear-draft' }
  | { name: 'privacy' }
  | { name: 'feedback' }
  | { name: 'layer' }
  | { name: 'remove-layer' }
  | { name: 'not-found' }
  | LibraryRoute
  | ExtraRoute

/**
 * A route of another part of the app (such as the clause library): a name from `ROUTES` and the
 * `:params` of its path. Its view comes from that part's own table.
 */
export interface ExtraRoute {
  name: `extra:${string}`
  params: Record<string, string>
}

/** The ids a route may name, to refuse any other. */
export interface RouteIds {
  model: Model
  documentIds: readonly string[]
}

type Params = Record<string, string>

/**
 * One line per route: its path (`:name` parts are parameters) and the route it reads as, or
 * `undefined` when a parameter is not a known id. The first match wins.
 */
export interface RouteEntry {
  path: string
  /** For another part's route: its `ExtraRoute` name, so `routeHash` can write it. */
  extra?: `extra:${string}`
  read: (params: Params, ids: RouteIds) => Route | undefined
}

const isPage = (id: string | undefined, ids: RouteIds) =>
  id !== undefined && ids.model.pages.some((page) => page.id === id)

/** Every route of the app. Add a route with one line here. */
export const ROUTES: RouteEntry[] = [
  { path: '', read: () => ({ name: 'start' }) },
  { path: 'tasks', read: () => ({ name: 'tasks' }) },
  {
    path: 'section/:id',
    read: ({ id = '' }, ids) =>
      ids.model.sectionOf.has(id) ? { name: 'section', sectionId: id } : undefined,
  },
  {
    path: 'question/:id',
    read: ({ id = '' }, ids) =>
      isPage(id, ids) ? { name: 'question', pageId: id, returnToCheck: false } : undefined,
  },
  {
    path: 'question/:id/change',
    read: ({ id = '' }, ids) =>
      isPage(id, ids) ? { name: 'question', pageId: id, returnToCheck: true } : undefined,
  },
  { path: 'check', read: () => ({ name: 'check' }) },
  { path: 'pack', read: () => ({ name: 'pack' }) },
  {
    path: 'pack/:id',
    read: ({ id = '' }, ids) =>
      ids.documentIds.includes(id) ? { name: 'pack', documentId: id } : undefined,
  },
  { path: 'answers-file', read: () => ({ name: 'answers-file' }) },
  { path: 'clear-draft', read: () => ({ name: 'clear-draft' }) },
  { path: 'privacy', read: () => ({ name: 'privacy' }) },
  { path: 'feedback', read: () => ({ name: 'feedback' }) },
  { path: 'layer', read: () => ({ name: 'layer' }) },
  { path: 'remove-layer', read: () => ({ name: 'remove-layer' }) },
]

/**
 * A table line for another part's route, read as `{ name: 'extra:<name>', params }`.
 *
 * @example
 *   extraRoute('library/:clauseId', 'library-clause')
 */
export function extraRoute(path: string, name: string): RouteEntry {
  return { path, extra: `extra:${name}`, read: (params) => ({ name: `extra:${name}`, params }) }
}

function matchPath(pattern: string, parts: string[]): Params | undefined {
  const wanted = pattern === '' ? [] : pattern.split('/')
  if (wanted.length !== parts.length) return undefined
  const params: Params = {}
  for (const [index, part] of wanted.entries()) {
    const actual = parts[index] as string
    if (part.startsWith(':')) params[part.slice(1)] = actual
    else if (part !== actual) return undefined
  }
  return params
}

/**
 * Read a location hash such as `#/question/authority.name`.
 *
 * @param hash `location.hash`.
 * @param model The questionnaire model (ids are checked against it).
 * @param documentIds The ids of the pack's documents.
 * @param routes The route table (`ROUTES`).
 * @returns The route.
 */
export function parseRoute(
  hash: string,
  model: Model,
  documentIds: readonly string[],
  routes: readonly RouteEntry[] = ROUTES,
): Route {
  const path = hash.replace(/^#\/?/, '')
  // Note: the clause library reads its own addresses (filters after `?`, `<id>@<version>`).
  const library = parseLibraryRoute(path)
  if (library) return library
  const parts = path === '' ? [] : path.split('/').map(safeDecode)
  if (parts.length > 4 || parts.includes('')) return { name: 'not-found' }
  for (const entry of routes) {
    const params = matchPath(entry.path, parts)
    const route = params && entry.read(params, { model, documentIds })
    if (route) return route
  }
  return { name: 'not-found' }
}

const encode = encodeURIComponent

/**
 * The hash of a route. Its parts are questionnaire and document ids, never answers.
 *
 * @param route The route.
 * @param routes The route table, for another part's routes.
 * @returns A hash such as `#/check`.
 */
export function routeHash(route: Route, routes: readonly RouteEntry[] = ROUTES): string {
  if (isLibraryRoute(route)) return libraryRouteHash(route)
  if ('params' in route) return extraHash(route, routes)
  switch (route.name) {
    case 'start':
    case 'not-found':
      return '#/'
    case 'section':
      return `#/section/${encode(route.sectionId)}`
    case 'question':
      return `#/question/${encode(route.pageId)}${route.returnToCheck ? '/change' : ''}`
    case 'pack':
      return route.documentId === undefined ? '#/pack' : `#/pack/${encode(route.documentId)}`
    default:
      return `#/${route.name}`
  }
}

/** The path of the table line that reads as this extra route, with its params filled in. */
function extraHash(route: ExtraRoute, routes: readonly RouteEntry[]): string {
  for (const entry of routes) {
    const names = entry.path.split('/').filter((part) => part.startsWith(':'))
    if (entry.extra !== route.name || names.some((part) => !(part.slice(1) in route.params)))
      continue
    return `#/${entry.path
      .split('/')
      .map((part) => (part.startsWith(':') ? encode(route.params[part.slice(1)] ?? '') : part))
      .join('/')}`
  }
  return '#/'
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return ''
  }
}
