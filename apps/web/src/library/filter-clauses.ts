import type { ClauseEntry } from './clause-index.js'

/** The index's filters, as the hash's query holds them (`#/library?regime=pa2023&q=wage`). */
export interface Filters {
  q: string
  principle: string[]
  regime: string[]
  nation: string[]
  type: string[]
  document: string[]
  status: string[]
}

/** The checkbox groups, in the order the page shows them, and the entry list each reads. */
export const FILTER_GROUPS = [
  { key: 'principle', legend: 'Principle', list: (entry: ClauseEntry) => entry.principles },
  { key: 'regime', legend: 'Regime', list: (entry: ClauseEntry) => entry.regimes },
  { key: 'nation', legend: 'Nation', list: (entry: ClauseEntry) => entry.nations },
  { key: 'type', legend: 'Contract type', list: (entry: ClauseEntry) => entry.contractTypes },
  { key: 'document', legend: 'Document', list: (entry: ClauseEntry) => entry.documents },
  { key: 'status', legend: 'Status', list: (entry: ClauseEntry) => [entry.status] },
] as const

export type FilterKey = (typeof FILTER_GROUPS)[number]['key']

/** Most characters of search text kept from a hash: a bound on what a link can make us do. */
const MAX_QUERY = 200

/** Read the filters from the hash's query; unknown keys are ignored. */
export function readFilters(query: string): Filters {
  const params = new URLSearchParams(query)
  const filters: Filters = {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    principle: [],
    regime: [],
    nation: [],
    type: [],
    document: [],
    status: [],
  }
  for (const { key } of FILTER_GROUPS) filters[key] = params.getAll(key).slice(0, 50)
  return filters
}

/** Write the filters as a hash query, in a fixed order so the same filters make the same link. */
export function writeFilters(filters: Filters): string {
  const params = new URLSearchParams()
  if (filters.q.trim() !== '') params.set('q', filters.q.trim())
  for (const { key } of FILTER_GROUPS) for (const value of filters[key]) params.append(key, value)
  return params.toString()
}

/**
 * The clauses that match: every search word in the title or text, and in each checkbox group at
 * least one ticked value (no ticked value: the group does not narrow).
 */
export function filterClauses(entries: readonly ClauseEntry[], filters: Filters): ClauseEntry[] {
  const words = filters.q.toLowerCase().split(/\s+/).filter(Boolean)
  return entries.filter(
    (entry) =>
      words.every((word) => entry.searchText.includes(word)) &&
      FILTER_GROUPS.every(({ key, list }) => {
        const wanted = filters[key]
        return wanted.length === 0 || list(entry).some((value) => wanted.includes(value))
      }),
  )
}
