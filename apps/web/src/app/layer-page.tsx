import { useState } from 'preact/hooks'
import { ErrorSummary } from './error-summary.js'
import { FileUploadField } from './file-upload-field.js'
import { LayerSummaryList } from './layer-summary-list.js'
import type { LayerControl } from './use-layer.js'

const FILE_INPUT = 'layer-file'

/** Why the layer is used for this visit only, when this browser would not keep it. */
const NOT_KEPT = {
  full: 'this browser’s storage for this website is full',
  unavailable: 'this browser does not let this website keep files',
}

/**
 * The council layer: what a layer is, the file upload, and the loaded layer as a summary list
 * with a button to remove it. A file with any problem is not loaded, and every problem is listed
 * with its file, line and column; the layer already loaded stays as it was.
 */
export function LayerPage({ layer, onLoaded }: { layer: LayerControl; onLoaded: () => void }) {
  const [errors, setErrors] = useState<string[] | undefined>(undefined)
  const [reading, setReading] = useState(false)
  const { state } = layer

  const submit = async (event: Event) => {
    event.preventDefault()
    const input = document.getElementById(FILE_INPUT) as HTMLInputElement | null
    const file = input?.files?.[0]
    if (!file) {
      setErrors(['Select a council layer file'])
      return
    }
    setReading(true)
    try {
      const problems = await layer.choose(file)
      setErrors(problems)
      if (!problems) {
        if (input) input.value = ''
        onLoaded()
      }
    } finally {
      setReading(false)
    }
  }

  return (
    <main class="govuk-main-wrapper" id="main-content">
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {errors && (
            <ErrorSummary
              title={
                errors.length === 1
                  ? 'There is a problem with the layer file'
                  : `There are ${errors.length} problems with the layer file`
              }
              items={errors.map((message) => ({ message, target: FILE_INPUT }))}
            />
          )}
          <h1 class="govuk-heading-l" tabIndex={-1}>
            Council layer
          </h1>
          <p class="govuk-body">
            A council layer is your council’s own part of the tender pack: its logo and house style,
            a few clauses of its own, its own wording of a library clause, and answers every
            procurement of the council shares. Your council’s procurement or legal team keeps it as
            one file. The questions stay the same; the layer changes the documents the pack is made
            of, and its default answers are used for the questions you leave unanswered.
          </p>
          {state.kind === 'loading' && (
            <p class="govuk-body" role="status">
              Loading your council layer…
            </p>
          )}
          {state.kind === 'broken' && (
            <div class="govuk-warning-text" id="layer-broken">
              <span class="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <div class="govuk-warning-text__text">
                <span class="govuk-visually-hidden">Warning</span>
                The council layer kept in this browser ({state.fileName}) can no longer be used:
                <ul class="govuk-list govuk-list--bullet">
                  {state.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
                Load the layer again, or remove it.
              </div>
            </div>
          )}
          {state.kind === 'ready' && (
            <>
              <h2 class="govuk-heading-m">The layer you loaded</h2>
              {!state.saved.ok && (
                <div class="govuk-warning-text" id="layer-not-kept">
                  <span class="govuk-warning-text__icon" aria-hidden="true">
                    !
                  </span>
                  <strong class="govuk-warning-text__text">
                    <span class="govuk-visually-hidden">Warning</span>
                    The layer is used until you close this page, but it could not be kept:{' '}
                    {NOT_KEPT[state.saved.reason]}.
                  </strong>
                </div>
              )}
              <p class="govuk-body">From {state.layer.fileName}, kept in this browser only.</p>
              <LayerSummaryList summary={state.layer.summary} />
            </>
          )}
          {(state.kind === 'ready' || state.kind === 'broken') && (
            <a
              class="govuk-button govuk-button--secondary app-button--warning-secondary"
              id="remove-layer"
              href="#/remove-layer"
              role="button"
              draggable={false}
            >
              Remove the council layer
            </a>
          )}
          <h2 class="govuk-heading-m">
            {state.kind === 'none' ? 'Load your council’s layer' : 'Load another layer'}
          </h2>
          <form noValidate onSubmit={submit}>
            <FileUploadField
              id={FILE_INPUT}
              label="Upload a council layer file"
              accept=".tgz,.zip"
              errors={errors}
            >
              The .tgz file that npm pack makes of the layer, or a .zip of the layer folder, up to 2
              MB. It is kept in this browser only, and never sent anywhere.
            </FileUploadField>
            <button type="submit" class="govuk-button" disabled={reading}>
              Load the layer
            </button>
            {reading && (
              <p class="govuk-body" role="status">
                Reading the layer and laying it over the clause library…
              </p>
            )}
          </form>
        </div>
      </div>
    </main>
  )
}
