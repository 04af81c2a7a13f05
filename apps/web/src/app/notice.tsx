import { useEffect, useRef } from 'preact/hooks'

/** A confirmation for the page it belongs to (by route hash). */
export interface Notice {
  hash: string
  heading: string
  body?: string
}

/**
 * GOV.UK notification banner, success: `role="alert"` and focused when shown, as govuk-frontend
 * does, and it stays until the user moves to another page.
 */
export function SuccessBanner({ notice }: { notice: Notice }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    // Note: after the page's own focus move (which runs in the same tick), so this one wins.
    const timer = window.setTimeout(() => ref.current?.focus(), 0)
    return () => window.clearTimeout(timer)
  }, [notice])
  return (
    <div
      class="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="success-banner-title"
      tabIndex={-1}
      ref={ref}
      id="success-banner"
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="success-banner-title">
          Success
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        <h3 class="govuk-notification-banner__heading">{notice.heading}</h3>
        {notice.body && <p class="govuk-body">{notice.body}</p>}
      </div>
    </div>
  )
}
