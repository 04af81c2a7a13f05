// The routes of the clause library and its releases. Pure and small: the app's router reads them
// statically; every page they name loads on demand (`library-loader.tsx`).

/** A page of the clause library or its releases. */
export type LibraryRoute =
  | { name: 'library'; query: string }
  | { name: 'library-clause'; clauseId: string; version?: string }
  | { name: 'library-document'; documentId: string }
  | { name: 'releases' }
  | { name: 'release'; version: string }

const NAMES: ReadonlySet<string> = new Set([
  'library',
  'library-clause',
  'library-document',
  'releases',
  'release',
])

/** Whether a route is one of the library's. */
export function isLibraryRoute(route: { name: string }): route is LibraryRoute {
  return NAMES.has(route.name)
}

const ID = /^[a-z0-9][a-z0-9-]*$/
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part)
  } catch {
    return undefined
  }
}

/**
 * Read the path of a library hash (`library/pay-rlw-require@1.0.0-2`, `releases/1.1.0`,
 * `library?regime=pa2023`). Ids and versions are checked for shape only; the page says when one is
 * not in the library.
 *
 * @param path The hash without `#/`.
 * @returns The route, `undefined` when the path is not the library's, or `not-found`.
 */
export function parseLibraryRoute(path: string): LibraryRoute | { name: 'not-found' } | undefined {
  const match = /^(library|releases)(?=$|[/?])/.exec(path)
  if (!match) return undefined
  const [root] = match
  const rest = path.slice(root.length)
  if (root === 'library' && (rest === '' || rest.startsWith('?')))
    return { name: 'library', query: rest.slice(1) }
  if (root === 'releases' && rest === '') return { name: 'releases' }
  const parts = rest.slice(1).split('/').map(decode)
  if (parts.some((part) => part === undefined)) return { name: 'not-found' }
  const [first, second, ...more] = parts as string[]
  if (more.length > 0 || first === undefined) return { name: 'not-found' }
  if (root === 'releases')
    return second === undefined && VERSION.test(first)
      ? { name: 'release', version: first }
      : { name: 'not-found' }
  if (first === 'documents')
    return second !== undefined && ID.test(second)
      ? { name: 'library-document', documentId: second }
      : { name: 'not-found' }
  if (second !== undefined) return { name: 'not-found' }
  const [id, version, ...extra] = first.split('@')
  if (extra.length > 0 || id === undefined || !ID.test(id)) return { name: 'not-found' }
  if (version === undefined) return { name: 'library-clause', clauseId: id }
  return VERSION.test(version)
    ? { name: 'library-clause', clauseId: id, version }
    : { name: 'not-found' }
}

/**
 * The hash of a library route: ids, versions and filter names only, never answers.
 *
 * @example
 *   libraryRouteHash({ name: 'library-clause', clauseId: 'pay-rlw-require' }) //=> '#/library/pay-rlw-require'
 */
export function libraryRouteHash(route: LibraryRoute): string {
  switch (route.name) {
    case 'library':
      return route.query === '' ? '#/library' : `#/library?${route.query}`
    case 'library-clause':
      return `#/library/${encodeURIComponent(route.clauseId)}${route.version === undefined ? '' : `@${encodeURIComponent(route.version)}`}`
    case 'library-document':
      return `#/library/documents/${encodeURIComponent(route.documentId)}`
    case 'releases':
      return '#/releases'
    case 'release':
      return `#/releases/${encodeURIComponent(route.version)}`
  }
}
