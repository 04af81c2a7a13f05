import { navigate } from './navigate.js'

/** GOV.UK confirmation before the council layer is removed from this browser. */
export function RemoveLayerPage({ loaded, onRemove }: { loaded: boolean; onRemove: () => void }) {
  return (
    <main class="govuk-main-wrapper" id="main-content">
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l" tabIndex={-1}>
            {loaded
              ? 'Are you sure you want to remove the council layer?'
              : 'There is no council layer to remove'}
          </h1>
          {loaded ? (
            <>
              <p class="govuk-body">
                The layer will be deleted from this browser. The pack will be made from the clause
                library alone, without your council’s house style, clauses and default answers,
                until you load the layer again. Your answers stay as they are.
              </p>
              <div class="govuk-button-group">
                <button
                  type="button"
                  class="govuk-button govuk-button--warning"
                  id="confirm-remove-layer"
                  onClick={onRemove}
                >
                  Yes, remove the council layer
                </button>
                <a class="govuk-link" href="#/layer">
                  No, keep the council layer
                </a>
              </div>
            </>
          ) : (
            <p class="govuk-body">
              <button
                type="button"
                class="govuk-button"
                onClick={() => navigate({ name: 'layer' })}
              >
                Go to the council layer page
              </button>
            </p>
          )}
        </div>
      </div>
    </main>
  )
}
