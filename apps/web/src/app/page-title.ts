const SERVICE = 'Build a tender pack – BetterForUs'

/**
 * Set the document title from the page's h1, with "Error: " in front while the page shows an
 * error summary (GOV.UK: the title is the first thing a screen reader announces).
 */
export function updatePageTitle(): void {
  const heading = document.querySelector<HTMLElement>('main h1')?.textContent?.trim()
  const error = document.querySelector('main .govuk-error-summary') !== null
  document.title = `${error ? 'Error: ' : ''}${heading ? `${heading} – ` : ''}${SERVICE}`
}

/** After a change of page: to the top, focus on the h1 (as a page load would), and the title. */
export function announcePage(): void {
  window.scrollTo(0, 0)
  document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true })
  updatePageTitle()
}
