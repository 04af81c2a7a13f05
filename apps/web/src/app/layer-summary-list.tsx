import type { ComponentChildren } from 'preact'
import type { LayerSummary } from '../layer/layer-summary.js'

function Row({ name, children }: { name: string; children: ComponentChildren }) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{name}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  )
}

/** Lines of text, one paragraph each, or "None". */
function Lines({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return <span class="app-not-answered">None</span>
  return (
    <>
      {lines.map((line, index) => (
        <p class="govuk-body app-answer-line" key={index}>
          {line}
        </p>
      ))}
    </>
  )
}

/** A loaded council layer as a GOV.UK summary list: what it is and everything it changes. */
export function LayerSummaryList({ summary }: { summary: LayerSummary }) {
  const style = summary.houseStyle
  return (
    <dl class="govuk-summary-list" id="layer-summary">
      <Row name="Layer">
        {summary.name} {summary.version}
      </Row>
      <Row name="Written for the clause library">{summary.libraryRange}</Row>
      <Row name="Fonts">
        <Lines
          lines={[
            ...(style.headingFont ? [`Headings: ${style.headingFont}`] : []),
            ...(style.bodyFont ? [`Text: ${style.bodyFont}`] : []),
          ]}
        />
      </Row>
      <Row name="Heading colour">{style.headingColour ?? 'None'}</Row>
      <Row name="Logo file">{style.logo ?? 'None'}</Row>
      <Row name="Cover lines">
        <Lines lines={style.coverLines} />
      </Row>
      <Row name="Header line">{style.headerLine ?? 'None'}</Row>
      <Row name="Clauses added">
        <Lines lines={summary.additions} />
      </Row>
      <Row name="Library clauses replaced">
        <Lines lines={summary.replacements} />
      </Row>
      <Row name="Default answers">
        <Lines lines={summary.defaults.map(({ id, value }) => `${id}: ${value}`)} />
      </Row>
    </dl>
  )
}
