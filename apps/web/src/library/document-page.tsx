import { documentClauseIds } from '@betterforus/clauses'
import { ClauseConditions } from './clause-conditions.js'
import { catalog } from './library-context.js'
import { nameOf, STATUS_NAMES } from './library-names.js'
import { LibraryNotFound } from './library-not-found.js'

/** One document of the pack: its clauses in order, each with when a pack includes it. */
export function DocumentPage({ documentId }: { documentId: string }) {
  const document = catalog.documents.find((candidate) => candidate.meta.id === documentId)
  if (!document)
    return <LibraryNotFound what={`The pack has no document with the id ${documentId}.`} />
  const { meta } = document
  const ids = documentClauseIds(document)
  return (
    <main class="govuk-main-wrapper" id="main-content">
      <a class="govuk-back-link" href="#/library">
        All clauses
      </a>
      <span class="govuk-caption-l">Pack document {meta.id}</span>
      <h1 class="govuk-heading-xl" tabIndex={-1}>
        {meta.title}
      </h1>
      <p class="govuk-body">
        Version {meta.version}.{' '}
        {meta.kind === 'memo'
          ? 'The drafting memo is built from the whole pack: it explains every clause included, for the drafter only.'
          : `Its ${ids.length} clauses, in the order the document prints them. A pack holds a clause only when its conditions hold${meta.may_be_empty ? '; the answers may leave this document with none' : ''}.`}
      </p>
      <ol class="govuk-list app-library-document">
        {ids.map((id, position) => {
          const clause = catalog.clauses.find((candidate) => candidate.meta.id === id)
          return (
            <li key={id} class="app-library-result">
              <h2 class="govuk-heading-s govuk-!-margin-bottom-1">
                {position + 1}.{' '}
                <a class="govuk-link" href={`#/library/${id}`}>
                  {clause?.meta.title ?? id}
                </a>
              </h2>
              {clause && (
                <>
                  <p class="govuk-body-s govuk-!-margin-bottom-1">
                    <code>
                      {id}@{clause.meta.version}
                    </code>{' '}
                    · {nameOf(STATUS_NAMES, clause.meta.status)}
                  </p>
                  <p class="govuk-body-s govuk-!-margin-bottom-1">Included when:</p>
                  <div class="govuk-body-s">
                    <ClauseConditions meta={clause.meta} />
                  </div>
                </>
              )}
            </li>
          )
        })}
      </ol>
    </main>
  )
}
