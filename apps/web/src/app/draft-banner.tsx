import { routeHash } from './routes.js'

export type DraftProblem =
  | { kind: 'save-failed'; reason: 'full' | 'unavailable' }
  | { kind: 'changed-elsewhere' }

/**
 * What the user must know about the draft kept in this browser: a save that failed, or the same
 * draft changed in another tab (autosave pauses until they choose).
 */
export function DraftBanner({
  problem,
  onUseOther,
  onKeepThis,
}: {
  problem: DraftProblem | undefined
  onUseOther: () => void
  onKeepThis: () => void
}) {
  if (!problem) return null
  return (
    <div
      class="govuk-notification-banner"
      role="alert"
      aria-labelledby="draft-banner-title"
      id="draft-banner"
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="draft-banner-title">
          Important
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        {problem.kind === 'save-failed' ? (
          <>
            <p class="govuk-notification-banner__heading">
              Your answers could not be saved in this browser
            </p>
            <p class="govuk-body">
              {problem.reason === 'full'
                ? 'The browser’s storage for this site is full.'
                : 'This browser does not allow this site to store data, for example in a private window.'}{' '}
              Your answers are still on this page. To keep them,{' '}
              <a class="govuk-notification-banner__link" href={routeHash({ name: 'answers-file' })}>
                save your answers as a file
              </a>
              .
            </p>
          </>
        ) : (
          <>
            <p class="govuk-notification-banner__heading">
              Your draft was changed in another tab or window
            </p>
            <p class="govuk-body">
              Saving is paused so that neither copy overwrites the other. Choose which answers to
              keep.
            </p>
            <div class="govuk-button-group">
              <button type="button" class="govuk-button" onClick={onUseOther}>
                Use the answers from the other tab
              </button>
              <button
                type="button"
                class="govuk-button govuk-button--secondary"
                onClick={onKeepThis}
              >
                Keep the answers in this tab
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  )
}

/**
 * What the draft is, and "Clear draft and start again" when there is one: a link to a page that
 * asks first (nothing destructive in one click).
 */
export function ClearDraft({ saved }: { saved: boolean }) {
  return (
    <div class="app-draft">
      <p class="govuk-body">
        {saved
          ? 'Your answers are saved as a draft in this browser only, as you go. Anyone using this browser and computer can see them.'
          : 'Your answers are not saved in this browser yet.'}
      </p>
      {saved && (
        <a
          class="govuk-button govuk-button--warning"
          id="clear-draft"
          href="#/clear-draft"
          role="button"
          draggable={false}
        >
          Clear draft and start again
        </a>
      )}
    </div>
  )
}
