/**
 * How to give feedback. A page in the app, not a `mailto:` link: the app shows no link that
 * leaves the page (bad-inputs W3), so nothing a user typed can ride along in a link's address.
 */
export function FeedbackPage() {
  return (
    <main class="govuk-main-wrapper" id="main-content">
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l" tabIndex={-1}>
            Give feedback on Build a tender pack
          </h1>
          <p class="govuk-body">
            This is a new service. Your feedback helps us improve it. We never see your answers, so
            tell us what you were doing and what went wrong or could be better.
          </p>
          <p class="govuk-body">
            Tell the team that runs this service in your organisation, or open an issue on the
            BetterForUs project’s public code repository (search for “BetterForUs tender pack”). Do
            not include anything confidential about your procurement.
          </p>
        </div>
      </div>
    </main>
  )
}
