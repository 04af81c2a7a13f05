import { useEffect, useRef } from 'preact/hooks'
import { updatePageTitle } from './page-title.js'

export interface SummaryItem {
  message: string
  /** The id of the field to go to (a questionnaire-derived id, never an answer). */
  target?: string
}

/**
 * Move focus to a field, as govuk-frontend's error summary does, without changing the location
 * hash (which holds the route).
 */
export function focusField(target: string) {
  const element = document.getElementById(target)
  if (!element) return
  const legend = element.closest('fieldset')?.querySelector('legend')
  ;(legend ?? element).scrollIntoView()
  element.focus({ preventScroll: true })
}

/** GOV.UK error summary: focused when shown, each problem a link to its field. */
export function ErrorSummary({
  items,
  title = 'There is a problem',
}: {
  items: SummaryItem[]
  title?: string
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.focus()
    updatePageTitle()
  }, [items])
  // Note: the title loses its "Error: " once the summary goes.
  useEffect(() => () => queueMicrotask(updatePageTitle), [])
  if (items.length === 0) return null
  return (
    <div class="govuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 class="govuk-error-summary__title">{title}</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {items.map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: messages may repeat; order is stable
              <li key={index}>
                {item.target === undefined ? (
                  item.message
                ) : (
                  <a
                    href={`#${item.target}`}
                    onClick={(event) => {
                      event.preventDefault()
                      focusField(item.target as string)
                    }}
                  >
                    {item.message}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  )
}
