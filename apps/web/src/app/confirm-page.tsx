import type { ComponentChildren } from 'preact'
import { navigate } from './navigate.js'
import { type Route, routeHash } from './routes.js'

export interface ConfirmPageProps {
  /** Whether there is anything to act on; if not, the page says so and offers a way back. */
  ready: boolean
  /** The question, such as "Are you sure you want to delete your answers?". */
  question: string
  /** The heading when there is nothing to act on. */
  nothing: string
  /** What the action does, in a sentence or two. */
  children: ComponentChildren
  /** The warning button: its id (for tests and focus), its words, and what it does. */
  confirm: { id: string; label: string; onClick: () => void }
  /** The link that keeps things as they are: where it goes, and its words. */
  keep: { route: Route; label: string }
  /** Where the way back goes when there is nothing to act on. */
  back: { route: Route; label: string }
}

/** GOV.UK confirmation before a destructive action: do it with a warning button, or go back. */
export function ConfirmPage({
  ready,
  question,
  nothing,
  children,
  confirm,
  keep,
  back,
}: ConfirmPageProps) {
  return (
    <main class="govuk-main-wrapper" id="main-content">
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l" tabIndex={-1}>
            {ready ? question : nothing}
          </h1>
          {ready ? (
            <>
              <p class="govuk-body">{children}</p>
              <div class="govuk-button-group">
                <button
                  type="button"
                  class="govuk-button govuk-button--warning"
                  id={confirm.id}
                  onClick={confirm.onClick}
                >
                  {confirm.label}
                </button>
                <a class="govuk-link" href={routeHash(keep.route)}>
                  {keep.label}
                </a>
              </div>
            </>
          ) : (
            <p class="govuk-body">
              <button type="button" class="govuk-button" onClick={() => navigate(back.route)}>
                {back.label}
              </button>
            </p>
          )}
        </div>
      </div>
    </main>
  )
}
