import type { ComponentChildren } from 'preact'

/**
 * The page shown while a part of the app is fetched on demand, or when it could not be: a status
 * that screen readers announce, and what to do.
 *
 * @param failed Whether the part could not be loaded.
 * @param what The part in words, as in "The service could not load".
 */
export function LoadingPage({
  failed,
  what,
  loading = 'Loading…',
  children,
}: {
  failed: boolean
  what: string
  loading?: string
  children?: ComponentChildren
}) {
  return (
    <main class="govuk-main-wrapper" id="main-content">
      {children}
      <p class="govuk-body" role="status">
        {failed
          ? `${what} could not load. Check your internet connection and reload the page.`
          : loading}
      </p>
    </main>
  )
}
