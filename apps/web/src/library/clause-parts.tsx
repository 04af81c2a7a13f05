import type { CatalogClause, Regime, Template } from '@betterforus/clauses'
import { compareVersions } from '@betterforus/clauses'
import type { ComponentChildren } from 'preact'
import { useMemo } from 'preact/hooks'
import { renderClauseText } from './clause-text.js'
import { HastContent } from './hast-content.js'
import { catalog, libraryLabel, model, placeholders, titleOf } from './library-context.js'

// The parts of a clause page: a summary row, a note, the version notice and the answers that
// choose between passages.

/** A clause template rendered for the library (`renderClauseText`). */
export function render(template: Template, regime: Regime) {
  return renderClauseText(template, {
    questionnaire: catalog.questionnaire,
    regime,
    data: catalog.data,
    placeholders,
    titleOf,
  })
}

/** A GOV.UK summary list row. */
export function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  )
}

/** A note the library shows with the clause: a template, shown for the clause's first regime. */
export function Note({
  title,
  template,
  regime,
}: {
  title: string
  template: Template
  regime: Regime
}) {
  const text = useMemo(() => render(template, regime), [template, regime])
  return (
    <>
      <h2 class="govuk-heading-m">{title}</h2>
      <div class="app-library-note">
        <HastContent tree={text.tree} />
      </div>
    </>
  )
}

/** Says when the address names a version other than the one held. */
export function VersionNotice({
  clause,
  asked,
}: {
  clause: CatalogClause
  asked: string | undefined
}) {
  const current = clause.meta.version
  if (asked === undefined || asked === current) return null
  const known = clause.meta.changelog.some((entry) => entry.version === asked)
  // Note: only a version the changelog holds is compared; an address may carry any text.
  const earlier = known && compareVersions(asked, current, clause.meta.id) < 0
  return (
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">Warning</span>
        You asked for version {asked}. This library ({libraryLabel}) holds version {current}
        {earlier
          ? `, a later version: its changelog below says what changed since ${asked}, and the release pages show the redline.`
          : `, and has no version ${asked} of this clause.`}
      </strong>
    </div>
  )
}

/** The questions whose answers choose between passages of the text (`uses.tests`, not rates). */
export function BranchQuestions({ clause }: { clause: CatalogClause }) {
  const ids = [
    ...new Set(
      clause.uses.tests.filter((test) => test.helper !== 'rate').map((test) => test.answer),
    ),
  ].filter((id) => model.pageOf.has(id))
  if (ids.length === 0) return null
  return (
    <>
      <h3 class="govuk-heading-s">Answers that change the text</h3>
      <p class="govuk-body">Some passages appear, or read differently, depending on:</p>
      <ul class="govuk-list govuk-list--bullet">
        {ids.map((id) => (
          <li key={id}>
            <a
              class="govuk-link"
              href={`#/question/${encodeURIComponent(model.pageOf.get(id)?.id ?? id)}`}
            >
              {model.questionOf.get(id)?.text ?? id}
            </a>
          </li>
        ))}
      </ul>
    </>
  )
}
