import type { CatalogClause } from '@betterforus/clauses'
import { nameOf, REGIME_NAMES, TAG_NAMES } from './library-names.js'

/** A clause's legal basis per regime, each entry with its confidence tag explained. */
export function LegalBasis({ meta }: { meta: CatalogClause['meta'] }) {
  const regimes = Object.entries(meta.legal_basis)
  const used = new Set(regimes.flatMap(([, entries]) => (entries ?? []).map((entry) => entry.tag)))
  return (
    <>
      <h2 class="govuk-heading-m">Legal basis</h2>
      {regimes.map(([regime, entries]) => (
        <section key={regime} aria-labelledby={`basis-${regime}`}>
          <h3 class="govuk-heading-s" id={`basis-${regime}`}>
            {nameOf(REGIME_NAMES, regime)}
          </h3>
          <ul class="govuk-list govuk-list--bullet" data-regime={regime}>
            {(entries ?? []).map((entry) => {
              const tag = TAG_NAMES[entry.tag]
              return (
                <li key={entry.cite}>
                  {entry.cite}
                  {entry.source && <span class="app-library-meta"> (source: {entry.source})</span>}{' '}
                  <strong
                    class={`govuk-tag app-confidence ${entry.tag === 'V' ? 'govuk-tag--green' : entry.tag === 'S' ? 'govuk-tag--blue' : 'govuk-tag--orange'}`}
                  >
                    {entry.tag}: {tag?.name ?? entry.tag}
                  </strong>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
      <details class="govuk-details" open>
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">What the confidence tags mean</span>
        </summary>
        <div class="govuk-details__text">
          <dl class="govuk-summary-list govuk-summary-list--no-border">
            {Object.entries(TAG_NAMES)
              .filter(([code]) => used.has(code as 'V' | 'S' | 'U'))
              .map(([code, tag]) => (
                <div class="govuk-summary-list__row" key={code}>
                  <dt class="govuk-summary-list__key">
                    {code}: {tag.name}
                  </dt>
                  <dd class="govuk-summary-list__value">{tag.meaning}</dd>
                </div>
              ))}
          </dl>
        </div>
      </details>
    </>
  )
}
