import { navigate } from './navigate.js'

/** GOV.UK confirmation before a destructive action: delete the draft, or go back. */
export function ClearDraftPage({ saved, onClear }: { saved: boolean; onClear: () => void }) {
  return (
    <main class="govuk-main-wrapper" id="main-content">
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l" tabIndex={-1}>
            {saved
              ? 'Are you sure you want to delete your answers?'
              : 'There is no draft to delete'}
          </h1>
          {saved ? (
            <>
              <p class="govuk-body">
                Your answers will be deleted from this browser. You cannot get them back unless you
                saved them as a file.
              </p>
              <div class="govuk-button-group">
                <button
                  type="button"
                  class="govuk-button govuk-button--warning"
                  id="confirm-clear-draft"
                  onClick={onClear}
                >
                  Yes, delete my answers
                </button>
                <a class="govuk-link" href="#/tasks">
                  No, keep my answers
                </a>
              </div>
            </>
          ) : (
            <p class="govuk-body">
              <button
                type="button"
                class="govuk-button"
                onClick={() => navigate({ name: 'tasks' })}
              >
                Go to the task list
              </button>
            </p>
          )}
        </div>
      </div>
    </main>
  )
}
