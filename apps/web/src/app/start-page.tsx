import { LoadLayerLine } from './layer-tag.js'

/**
 * The GOV.UK "Start using a service" page: what the service does, who it is for, what you need,
 * how long it takes, and a Start now button (a link styled as a button).
 */
export function StartPage() {
  return (
    <main class="govuk-main-wrapper" id="main-content">
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-xl" tabIndex={-1}>
            Build a tender pack
          </h1>
          <p class="govuk-body">
            Use this service to write the social value and fair work parts of a public tender: the
            requirements, a contract schedule your lawyer can work in, the evaluation method, the
            bidder response form and text for your notices.
          </p>
          <p class="govuk-body">
            It is for procurement officers in councils and other public bodies in England, Scotland,
            Wales and Northern Ireland.
          </p>
          <h2 class="govuk-heading-m">Before you start</h2>
          <p class="govuk-body">You will need:</p>
          <ul class="govuk-list govuk-list--bullet">
            <li>the estimated value of the contract</li>
            <li>the date the procurement started or will start</li>
            <li>the name of your social value policy, if you have one</li>
          </ul>
          <p class="govuk-body">It takes about 20 minutes. Your answers are saved as you go.</p>
          <div class="govuk-inset-text">
            Your answers stay on this device: nothing you type is sent anywhere. The clauses are
            drafting aids, not legal advice: a qualified lawyer must check them before you use them.
          </div>
          <a
            href="#/tasks"
            role="button"
            draggable={false}
            class="govuk-button govuk-button--start"
          >
            Start now
            <svg
              class="govuk-button__start-icon"
              width="17.5"
              height="19"
              viewBox="0 0 33 40"
              aria-hidden="true"
              focusable="false"
            >
              <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
            </svg>
          </a>
          <h2 class="govuk-heading-m">Other ways to start</h2>
          <p class="govuk-body">
            If you saved your answers as a file before, you can{' '}
            <a class="govuk-link" href="#/answers-file">
              load your answers file
            </a>
            .
          </p>
          <LoadLayerLine />
          <p class="govuk-body">
            <a class="govuk-link" href="#/privacy">
              How your answers are kept private
            </a>
          </p>
        </div>
      </div>
    </main>
  )
}
