import type { LayerSummary } from '../layer/layer-summary.js'

/** One line on the check-answers and pack pages while a council layer is loaded. */
export function LayerTag({ summary }: { summary: LayerSummary | undefined }) {
  if (!summary) return null
  return (
    <div class="govuk-inset-text" id="layer-tag">
      Council layer: {summary.name} {summary.version}.{' '}
      <a class="govuk-link" href="#/layer">
        See or remove the council layer
      </a>
    </div>
  )
}

/** The start page's and the task list's way to the council layer page. */
export function LoadLayerLine() {
  return (
    <p class="govuk-body">
      Using your council’s layer?{' '}
      <a class="govuk-link" href="#/layer">
        Load it
      </a>
      .
    </p>
  )
}
