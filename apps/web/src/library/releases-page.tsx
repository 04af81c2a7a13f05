import { useEffect, useState } from 'preact/hooks'
import { catalog } from './library-context.js'
import { LibraryNotFound } from './library-not-found.js'
import { RedlineView } from './redline-view.js'
import {
  loadRelease,
  type ReleaseClause,
  type ReleaseData,
  releaseVersions,
} from './release-data.js'

const STATUS_ORDER = ['added', 'changed', 'removed', 'unchanged'] as const
const STATUS_WORDS: Record<string, string> = {
  added: 'Added',
  changed: 'Changed',
  removed: 'Removed',
  unchanged: 'Unchanged',
}

/** Every release of the library that has release data, newest first. */
export function ReleasesPage() {
  const versions = releaseVersions()
  return (
    <main class="govuk-main-wrapper" id="main-content">
      <a class="govuk-back-link" href="#/library">
        Clause library
      </a>
      <h1 class="govuk-heading-xl" tabIndex={-1}>
        Releases of the clause library
      </h1>
      <p class="govuk-body">
        Each release lists every clause added, removed or changed since the release before, with the
        kind of change its version number declares, and a word-by-word redline of each changed
        clause. This app holds library {catalog.library.version}.
      </p>
      <ul class="govuk-list">
        {versions.map((version) => (
          <li key={version}>
            <a class="govuk-link" href={`#/releases/${version}`}>
              Release {version}
            </a>
          </li>
        ))}
      </ul>
    </main>
  )
}

function ChangeSummary({ clause }: { clause: ReleaseClause }) {
  const versions =
    clause.status === 'added'
      ? `new at ${clause.toVersion}`
      : clause.status === 'removed'
        ? `was ${clause.fromVersion}`
        : `${clause.fromVersion} → ${clause.toVersion}`
  return (
    <>
      {versions}
      {clause.kind && clause.kind !== clause.status && `: ${clause.kind}`}
    </>
  )
}

function ClauseChangeSection({ clause }: { clause: ReleaseClause }) {
  const inLibrary = catalog.clauses.some((candidate) => candidate.meta.id === clause.id)
  return (
    <section
      class="app-release-clause"
      id={`change-${clause.id}`}
      aria-labelledby={`change-${clause.id}-title`}
    >
      <h3 class="govuk-heading-m" id={`change-${clause.id}-title`}>
        {inLibrary ? (
          <a class="govuk-link" href={`#/library/${clause.id}`}>
            {clause.title}
          </a>
        ) : (
          clause.title
        )}
      </h3>
      <p class="govuk-body">
        <strong class="govuk-tag govuk-tag--grey">{STATUS_WORDS[clause.status]}</strong>{' '}
        <code>{clause.id}</code> <ChangeSummary clause={clause} />
      </p>
      {clause.flags.length > 0 && (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Warning</span>
            {clause.flags.join('; ')}
          </strong>
        </div>
      )}
      {clause.changelog.length > 0 && (
        <ul class="govuk-list govuk-list--bullet">
          {clause.changelog.map((entry) => (
            <li key={entry.version}>
              <strong>{entry.version}</strong> ({entry.date}): {entry.summary}{' '}
              <span class="app-library-meta">Reason: {entry.reason}.</span>
            </li>
          ))}
        </ul>
      )}
      {clause.redline && clause.textChanged ? (
        <>
          <h4 class="govuk-heading-s">Redline of the clause text</h4>
          <RedlineView paragraphs={clause.redline.paragraphs} />
        </>
      ) : (
        <p class="govuk-body">The clause text did not change (its notes or details did).</p>
      )}
    </section>
  )
}

/** One release: its clause changes in a table, then each changed clause with its redline. */
export function ReleasePage({ version }: { version: string }) {
  const [data, setData] = useState<ReleaseData | undefined | 'missing' | 'failed'>(undefined)
  useEffect(() => {
    const loading = loadRelease(version)
    if (!loading) {
      setData('missing')
      return
    }
    loading.then(setData, () => setData('failed'))
  }, [version])
  if (data === 'missing')
    return <LibraryNotFound what={`This app has no data for release ${version}.`} />
  if (data === undefined || data === 'failed')
    return (
      <main class="govuk-main-wrapper" id="main-content">
        <h1 class="govuk-heading-xl" tabIndex={-1}>
          Release {version}
        </h1>
        <p class="govuk-body" role="status">
          {data === 'failed'
            ? 'The release could not be loaded. Check your connection and reload the page.'
            : 'Loading the release…'}
        </p>
      </main>
    )
  const counts = STATUS_ORDER.map((status) => ({
    status,
    clauses: data.clauses.filter((clause) => clause.status === status),
  }))
  const shown = data.clauses.filter((clause) => clause.status !== 'unchanged')
  return (
    <main class="govuk-main-wrapper" id="main-content">
      <a class="govuk-back-link" href="#/releases">
        All releases
      </a>
      <span class="govuk-caption-l">{data.library}</span>
      <h1 class="govuk-heading-xl" tabIndex={-1}>
        Release {data.version}
      </h1>
      <p class="govuk-body-l">
        What changed since release {data.previous}
        {data.date && `, up to ${data.date}`}.
      </p>
      <ul class="govuk-list">
        {counts.map(({ status, clauses }) => (
          <li key={status}>
            {STATUS_WORDS[status]}: {clauses.length} {clauses.length === 1 ? 'clause' : 'clauses'}
          </li>
        ))}
      </ul>
      <p class="govuk-body">
        The kind of each change is what its version number declares: a major version changes the
        clause’s legal meaning, a minor one adds optional text or new answers, a patch changes
        wording only; a pre-release revision is a draft still awaiting legal review. The redline
        compares the clause templates, with answers as <code>{'{{…}}'}</code>.
      </p>
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--m">Every clause change</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Clause
            </th>
            <th scope="col" class="govuk-table__header">
              Change
            </th>
            <th scope="col" class="govuk-table__header">
              Versions and kind
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {shown.map((clause) => (
            <tr class="govuk-table__row" key={clause.id}>
              <td class="govuk-table__cell">
                <a
                  class="govuk-link"
                  href={`#/releases/${data.version}`}
                  onClick={(event) => {
                    event.preventDefault()
                    document.getElementById(`change-${clause.id}`)?.scrollIntoView()
                  }}
                >
                  {clause.title}
                </a>
              </td>
              <td class="govuk-table__cell">{STATUS_WORDS[clause.status]}</td>
              <td class="govuk-table__cell">
                <ChangeSummary clause={clause} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 class="govuk-heading-l">Each change</h2>
      {shown.map((clause) => (
        <ClauseChangeSection clause={clause} key={clause.id} />
      ))}
    </main>
  )
}
