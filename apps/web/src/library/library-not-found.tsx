/** A page the library does not have: says so, with a way back. */
export function LibraryNotFound({ what }: { what: string }) {
  return (
    <main class="govuk-main-wrapper" id="main-content">
      <h1 class="govuk-heading-l" tabIndex={-1}>
        Page not found
      </h1>
      <p class="govuk-body">{what}</p>
      <p class="govuk-body">
        <a class="govuk-link" href="#/library">
          Go to the clause library
        </a>
      </p>
    </main>
  )
}
