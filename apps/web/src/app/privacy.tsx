/** The plain-words privacy statement, shown on the start page and the privacy page. */
export function PrivacySummary() {
  return (
    <div class="govuk-inset-text" id="privacy-summary">
      Your answers stay on this device. This service runs entirely in your web browser: nothing you
      type is sent to us or anyone else, and it works without an internet connection once the page
      has loaded.{' '}
      <a class="govuk-link" href="#/privacy">
        How your answers are kept private
      </a>
    </div>
  )
}

export function PrivacyPage() {
  return (
    <main class="govuk-main-wrapper" id="main-content">
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l" tabIndex={-1}>
            How your answers are kept private
          </h1>
          <p class="govuk-body">Everything happens in your web browser, on your computer.</p>
          <ul class="govuk-list govuk-list--bullet">
            <li>
              Your answers are never sent over the internet. There is no server that receives them.
            </li>
            <li>
              After this page has loaded, it makes no further requests: no fonts, no analytics, no
              tracking and no content from other websites. You can disconnect from the internet and
              carry on.
            </li>
            <li>
              Your answers are kept as a draft in this browser only, so you can come back to them.
              Anyone who uses this browser on this computer could see them. Use “Clear draft and
              start again” on the task list when you finish, especially on a shared computer.
            </li>
            <li>
              A council layer you load is read in your browser and kept on this device only, in this
              browser, like your draft; it is never sent anywhere. To remove it, use “Remove the
              council layer” on the{' '}
              <a class="govuk-link" href="#/layer">
                council layer page
              </a>
              .
            </li>
            <li>
              The documents and files you download are made in your browser and saved to your
              computer.
            </li>
            <li>
              Nothing you type is ever put into a web address, so it cannot appear in browser
              history or in logs.
            </li>
          </ul>
          <h2 class="govuk-heading-m">Using the service offline</h2>
          <p class="govuk-body">
            The first time you open the service, your browser keeps a copy of its files (the pages,
            styles, scripts and clause library) in its storage for this website, using a “service
            worker”. After that the service opens and works without an internet connection. The copy
            holds only the service’s own files, never your answers, and it is replaced when a new
            version of the service is released.
          </p>
          <p class="govuk-body">
            To remove the copy, your draft and any council layer, clear this website’s data in your
            browser: for example, in Chrome or Edge open Settings, then Privacy, then “Cookies and
            site data” or “Site settings”, find this website and choose “Delete data”. In Firefox
            use “Clear cookies and site data”. You can also delete just your draft with “Clear draft
            and start again” on the task list.
          </p>
          <p class="govuk-body">
            The page has a strict content security policy that stops it loading anything from other
            websites or running code that is not part of the service.
          </p>
        </div>
      </div>
    </main>
  )
}
