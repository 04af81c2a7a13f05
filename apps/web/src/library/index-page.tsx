import { useMemo, useState } from 'preact/hooks'
import { navigate } from '../app/navigate.js'
import type { ClauseEntry } from './clause-index.js'
import {
  FILTER_GROUPS,
  type FilterKey,
  type Filters,
  filterClauses,
  readFilters,
  writeFilters,
} from './filter-clauses.js'
import { catalog, clauseIndex } from './library-context.js'
import {
  contractTypeName,
  NATION_NAMES,
  nameOf,
  PRINCIPLE_NAMES,
  REGIME_NAMES,
  STATUS_NAMES,
} from './library-names.js'

const documentTitles = new Map(catalog.documents.map((doc) => [doc.meta.id, doc.meta.title]))

/** The words for a filter value. */
function valueName(key: FilterKey, value: string): string {
  switch (key) {
    case 'principle':
      return nameOf(PRINCIPLE_NAMES, value)
    case 'regime':
      return nameOf(REGIME_NAMES, value)
    case 'nation':
      return nameOf(NATION_NAMES, value)
    case 'type':
      return contractTypeName(value)
    case 'document':
      return documentTitles.get(value) ?? value
    case 'status':
      return nameOf(STATUS_NAMES, value)
  }
}

/** Every value of a group, in a fixed order: the catalog's, so the page never reorders. */
function valuesOf(entries: readonly ClauseEntry[], list: (entry: ClauseEntry) => string[]) {
  return [...new Set(entries.flatMap(list))]
}

/**
 * The index of every clause: GOV.UK's filter pattern (search, checkboxes, a count of results).
 * Ticking a box narrows the list at once; "Apply filters" puts the filters in the address, so the
 * results can be linked and bookmarked.
 */
export function IndexPage({ query }: { query: string }) {
  const entries = clauseIndex()
  // Note: on a phone the checkboxes start folded, so the results are not a long scroll away.
  const [wide] = useState(() => window.matchMedia('(min-width: 641px)').matches)
  const [filters, setFilters] = useState<Filters>(() => readFilters(query))
  const results = useMemo(() => {
    const start = performance.now()
    const found = filterClauses(entries, filters)
    performance.measure('library-filter', { start, end: performance.now() })
    return found
  }, [entries, filters])
  const toggle = (key: FilterKey, value: string, on: boolean) =>
    setFilters((current) => ({
      ...current,
      [key]: on
        ? [...current[key], value]
        : current[key].filter((candidate) => candidate !== value),
    }))
  // Note: ticked boxes are not in the address until applied, so following the link to
  // `#/library` from `#/library` would change nothing: clear them here too.
  const clear = (event: Event) => {
    event.preventDefault()
    setFilters(readFilters(''))
    navigate({ name: 'library', query: '' })
  }
  const ticked = FILTER_GROUPS.flatMap(({ key }) => filters[key].map((value) => ({ key, value })))
  return (
    <main class="govuk-main-wrapper" id="main-content">
      <h1 class="govuk-heading-xl" tabIndex={-1}>
        Clause library
      </h1>
      <p class="govuk-body-l">
        Every social value and fair work clause in the library ({catalog.library.name}{' '}
        {catalog.library.version}): what it says, where it applies, when a pack includes it and its
        legal basis. See also{' '}
        <a class="govuk-link" href="#/releases">
          what changed in each release
        </a>
        .
      </p>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-third">
          <form
            class="app-library-filters"
            aria-label="Filter clauses"
            onSubmit={(event) => {
              event.preventDefault()
              navigate({ name: 'library', query: writeFilters(filters) })
            }}
          >
            <h2 class="govuk-heading-m">Filter</h2>
            <div class="govuk-form-group">
              <label class="govuk-label govuk-label--s" for="library-search">
                Search titles and text
              </label>
              <input
                class="govuk-input"
                id="library-search"
                name="q"
                type="search"
                maxLength={200}
                value={filters.q}
                onInput={(event) => {
                  const q = event.currentTarget.value
                  setFilters((current) => ({ ...current, q }))
                }}
              />
            </div>
            <details class="govuk-details app-library-filter-groups" open={wide}>
              <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">
                  Filter by principle, regime, nation, contract type, document or status
                </span>
              </summary>
              {FILTER_GROUPS.map(({ key, legend, list }) => (
                <div class="govuk-form-group" key={key}>
                  <fieldset class="govuk-fieldset">
                    <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                      {legend}
                    </legend>
                    <div
                      class="govuk-checkboxes govuk-checkboxes--small"
                      data-module="govuk-checkboxes"
                    >
                      {valuesOf(entries, list).map((value) => {
                        const id = `filter-${key}-${value}`
                        return (
                          <div class="govuk-checkboxes__item" key={value}>
                            <input
                              class="govuk-checkboxes__input"
                              id={id}
                              name={key}
                              type="checkbox"
                              value={value}
                              checked={filters[key].includes(value)}
                              onChange={(event) => toggle(key, value, event.currentTarget.checked)}
                            />
                            <label class="govuk-label govuk-checkboxes__label" for={id}>
                              {valueName(key, value)}
                            </label>
                          </div>
                        )
                      })}
                    </div>
                  </fieldset>
                </div>
              ))}
            </details>
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" data-module="govuk-button">
                Apply filters
              </button>
              <a class="govuk-link" href="#/library" onClick={clear}>
                Clear filters
              </a>
            </div>
          </form>
        </div>
        <div class="govuk-grid-column-two-thirds">
          <div role="status">
            <h2 class="govuk-heading-m" id="library-results-count">
              {results.length} {results.length === 1 ? 'clause' : 'clauses'}
              {results.length === entries.length ? '' : ` of ${entries.length}`}
            </h2>
          </div>
          {ticked.length > 0 && (
            <p class="govuk-body-s">
              Filtered by: {ticked.map(({ key, value }) => valueName(key, value)).join(', ')}
              {filters.q.trim() !== '' && `; search “${filters.q.trim()}”`}
            </p>
          )}
          {results.length === 0 && (
            <p class="govuk-body">
              No clause matches. Untick some filters, change the search, or{' '}
              <a class="govuk-link" href="#/library" onClick={clear}>
                clear all filters
              </a>
              .
            </p>
          )}
          <ul class="govuk-list app-library-results">
            {results.map((entry) => (
              <li key={entry.id} class="app-library-result">
                <h3 class="govuk-heading-s govuk-!-margin-bottom-1">
                  <a class="govuk-link" href={`#/library/${entry.id}`}>
                    {entry.title}
                  </a>
                </h3>
                <p class="govuk-body-s govuk-!-margin-bottom-1">
                  <code>{entry.id}</code> version {entry.version} ·{' '}
                  {nameOf(STATUS_NAMES, entry.status)}
                </p>
                <p class="govuk-body-s app-library-meta">
                  {entry.principles.map((p) => nameOf(PRINCIPLE_NAMES, p)).join(', ')} ·{' '}
                  {entry.regimes.map((r) => nameOf(REGIME_NAMES, r)).join(', ')} ·{' '}
                  {entry.nations.length === 4
                    ? 'All UK nations'
                    : entry.nations.map((n) => nameOf(NATION_NAMES, n)).join(', ')}
                </p>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </main>
  )
}
