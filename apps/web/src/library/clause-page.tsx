import type { Regime } from '@betterforus/clauses'
import { ClauseConditions, DecidingQuestions } from './clause-conditions.js'
import { documentsOf } from './clause-index.js'
import { BranchQuestions, Note, Row, render, VersionNotice } from './clause-parts.js'
import { HastContent } from './hast-content.js'
import { LegalBasis } from './legal-basis.js'
import { catalog, libraryLabel, model, today } from './library-context.js'
import {
  contractTypeName,
  NATION_NAMES,
  nameOf,
  PRINCIPLE_NAMES,
  REGIME_NAMES,
  STATUS_NAMES,
} from './library-names.js'
import { LibraryNotFound } from './library-not-found.js'
import { fieldLabel } from './placeholder-answers.js'

/** One clause: everything a council or a lawyer needs to decide on it, with a stable address. */
export function ClausePage({
  clauseId,
  version,
}: {
  clauseId: string
  version: string | undefined
}) {
  const clause = catalog.clauses.find((candidate) => candidate.meta.id === clauseId)
  if (!clause)
    return <LibraryNotFound what={`The library has no clause with the id ${clauseId}.`} />
  const { meta } = clause
  const texts = meta.applies.regimes.map((regime) => ({ regime, ...render(clause.body, regime) }))
  const fields = [...new Set(texts.flatMap((text) => text.fields))]
  // Note: regimes whose text is the same share one copy, so a reader sees what differs.
  const groups: Array<{ regimes: Regime[]; tree: (typeof texts)[number]['tree']; key: string }> = []
  for (const text of texts) {
    const key = JSON.stringify(text.tree, (name, value) =>
      name === 'position' ? undefined : value,
    )
    const same = groups.find((group) => group.key === key)
    if (same) same.regimes.push(text.regime)
    else groups.push({ regimes: [text.regime], tree: text.tree, key })
  }
  const documents = documentsOf(catalog, meta.id)
  const firstRegime = meta.applies.regimes[0] as Regime
  const glossary = new Map(catalog.glossary.map((entry) => [entry.term, entry]))
  const terms = [...meta.definitions.introduces, ...meta.definitions.uses]
  const cite = `${libraryLabel}, clause ${meta.id}@${meta.version} (SHA-256 ${clause.sha256.slice(0, 16)})`
  return (
    <main class="govuk-main-wrapper" id="main-content">
      <a class="govuk-back-link" href="#/library">
        All clauses
      </a>
      <span class="govuk-caption-l">Clause {meta.id}</span>
      <h1 class="govuk-heading-xl" tabIndex={-1}>
        {meta.title}
      </h1>
      <p class="govuk-body">
        <strong
          class={`govuk-tag ${meta.status === 'published' ? 'govuk-tag--green' : 'govuk-tag--yellow'}`}
        >
          {nameOf(STATUS_NAMES, meta.status)}
        </strong>
      </p>
      <VersionNotice clause={clause} asked={version} />
      <dl class="govuk-summary-list">
        <Row label="Id">
          <code>{meta.id}</code>
        </Row>
        <Row label="Version">
          {meta.version}
          {meta.version.includes('-') && ' (a pre-release: its wording may change before release)'}
        </Row>
        <Row label="Status">{nameOf(STATUS_NAMES, meta.status)}</Row>
        <Row label="Principles">
          {meta.principles.map((p) => nameOf(PRINCIPLE_NAMES, p)).join(', ')}
        </Row>
        <Row label="Regimes">
          {meta.applies.regimes.map((r) => nameOf(REGIME_NAMES, r)).join(', ')}
        </Row>
        <Row label="Nations">
          {meta.applies.nations.map((n) => nameOf(NATION_NAMES, n)).join(', ')}
        </Row>
        <Row label="Contract types">
          {meta.applies.contract_types.map(contractTypeName).join(', ')}
        </Row>
        <Row label="Licence">{meta.licence}</Row>
      </dl>
      <h2 class="govuk-heading-m">Cite this clause</h2>
      <div class="govuk-inset-text">
        <p class="govuk-body" id="cite-clause">
          {cite}
        </p>
        <p class="govuk-body-s">
          The same library, clause and version a generated document records in its provenance.
          Stable address:{' '}
          <a class="govuk-link" href={`#/library/${meta.id}@${meta.version}`}>
            #/library/{meta.id}@{meta.version}
          </a>
        </p>
      </div>
      <h2 class="govuk-heading-m">When a pack includes it</h2>
      <p class="govuk-body">A pack includes this clause when every one of these holds:</p>
      <ClauseConditions meta={meta} />
      <h3 class="govuk-heading-s">The questions that decide it</h3>
      <DecidingQuestions meta={meta} />
      <h2 class="govuk-heading-m">Text</h2>
      <p class="govuk-body">
        Answers from the questionnaire are shown as marked fields, such as{' '}
        <span class="app-field">[authority name]</span>. Rates, thresholds and dates are the data in
        force on {today}. Where a passage depends on a choice, the text shown is for no option
        chosen.
      </p>
      {groups.map(({ regimes, tree }) => (
        <section key={regimes.join(' ')} aria-labelledby={`text-${regimes.join('-')}`}>
          <h3 class="govuk-heading-s" id={`text-${regimes.join('-')}`}>
            Under the {regimes.map((regime) => nameOf(REGIME_NAMES, regime)).join(' and the ')}
          </h3>
          <div class="app-library-text" data-regime={regimes.join(' ')}>
            <HastContent tree={tree} />
          </div>
        </section>
      ))}
      {fields.length > 0 && (
        <>
          <h3 class="govuk-heading-s">Marked fields</h3>
          <dl class="govuk-summary-list govuk-summary-list--no-border">
            {fields.map((id) => {
              const page = model.pageOf.get(id)
              const question = model.questionOf.get(id)
              return (
                <Row key={id} label={fieldLabel(id)}>
                  {page ? (
                    <a class="govuk-link" href={`#/question/${encodeURIComponent(page.id)}`}>
                      {question?.text ?? id}
                    </a>
                  ) : (
                    (question?.text ?? id)
                  )}
                </Row>
              )
            })}
          </dl>
        </>
      )}
      <BranchQuestions clause={clause} />
      <LegalBasis meta={meta} />
      <Note title="Drafting note" template={clause.draftingNote} regime={firstRegime} />
      {clause.riskNote && (
        <Note title="Risk note" template={clause.riskNote} regime={firstRegime} />
      )}
      <h2 class="govuk-heading-m">Defined terms</h2>
      {terms.length === 0 ? (
        <p class="govuk-body">This clause uses no defined terms.</p>
      ) : (
        <dl class="govuk-summary-list">
          {terms.map((term) => {
            const entry = glossary.get(term)
            const introduced = meta.definitions.introduces.includes(term)
            return (
              <Row key={term} label={term}>
                {entry ? <HastContent tree={render(entry.definition, firstRegime).tree} /> : null}
                <p class="govuk-body-s">
                  {introduced ? 'Introduced by this clause.' : 'Defined in the Definitions clause.'}
                </p>
              </Row>
            )
          })}
        </dl>
      )}
      <h2 class="govuk-heading-m">Documents that use it</h2>
      {documents.length === 0 ? (
        <p class="govuk-body">No document of the pack lists it.</p>
      ) : (
        <ul class="govuk-list">
          {documents.map((id) => (
            <li key={id}>
              <a class="govuk-link" href={`#/library/documents/${id}`}>
                {catalog.documents.find((doc) => doc.meta.id === id)?.meta.title ?? id}
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2 class="govuk-heading-m">Changelog</h2>
      <table class="govuk-table">
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Version
            </th>
            <th scope="col" class="govuk-table__header">
              Date
            </th>
            <th scope="col" class="govuk-table__header">
              What changed, and why
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {[...meta.changelog].reverse().map((entry) => (
            <tr class="govuk-table__row" key={entry.version}>
              <td class="govuk-table__cell">{entry.version}</td>
              <td class="govuk-table__cell app-nowrap">{String(entry.date)}</td>
              <td class="govuk-table__cell">
                {entry.summary} <span class="app-library-meta">Reason: {entry.reason}.</span>
                {entry.reviewer && (
                  <span class="app-library-meta"> Reviewed by {entry.reviewer}.</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="govuk-body">
        <a class="govuk-link" href="#/releases">
          See the redline of each release
        </a>
      </p>
    </main>
  )
}
