import type { ComponentChildren } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { focusField } from './error-summary.js'
import { currentHash } from './navigate.js'

/** The service navigation: one line per item. `key` is the `navKey` of the routes it covers. */
export const NAV_ITEMS = [
  { href: '#/tasks', text: 'Task list', key: 'tasks' },
  { href: '#/answers-file', text: 'Save or load answers', key: 'answers-file' },
  { href: '#/library', text: 'Clause library', key: 'library' },
  { href: '#/privacy', text: 'Privacy', key: 'privacy' },
]

/** Hash parts that sit under another item's key: a release is read in the clause library. */
const NAV_KEY_OF: Readonly<Record<string, string>> = { releases: 'library' }

/**
 * Which navigation item a location hash is under: the item whose key is the hash's first part
 * (`#/privacy`, `#/library/…`), none on the start page, else the task list (the questionnaire).
 */
export function navKeyOfHash(hash: string): string {
  const part = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? ''
  if (part === '') return ''
  const first = NAV_KEY_OF[part] ?? part
  return NAV_ITEMS.some((item) => item.key === first) ? first : 'tasks'
}

/** Whether the location is exactly this item's page (else it is a page under it). */
function currentHashIs(href: string): boolean {
  return currentHash() === href
}

/** The navigation key of the current location, kept up to date. */
function useNavKey(): string {
  const [hash, setHash] = useState(currentHash)
  useEffect(() => {
    const onHash = () => {
      if (currentHash() === '' || currentHash().startsWith('#/')) setHash(currentHash())
    }
    window.addEventListener('hashchange', onHash)
    // Note: a hash changed between the first render and this effect fired no event we heard.
    onHash()
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  return navKeyOfHash(hash)
}

// Note: govuk-frontend's breakpoint for the service navigation (the "tablet" width).
const WIDE = '(min-width: 40.0625em)'

/** Whether the viewport is wide enough for the navigation to show in full. */
function useWide(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE).matches)
  useEffect(() => {
    const query = window.matchMedia(WIDE)
    const onChange = () => setWide(query.matches)
    query.addEventListener('change', onChange)
    return () => query.removeEventListener('change', onChange)
  }, [])
  return wide
}

/** The page frame: skip link, header, service navigation, phase banner and footer. */
export function Layout({ children }: { children: ComponentChildren }) {
  const nav = NAV_ITEMS
  const current = useNavKey()
  const wide = useWide()
  const [open, setOpen] = useState(false)
  // On a phone the menu closes again after each change of page.
  useEffect(() => setOpen(false), [current])
  return (
    <>
      <a
        href="#main-content"
        class="govuk-skip-link"
        onClick={(event) => {
          event.preventDefault()
          const main = document.getElementById('main-content')
          if (main) {
            main.tabIndex = -1
            focusField('main-content')
          }
        }}
      >
        Skip to main content
      </a>
      <header class="govuk-template__header">
        <div class="govuk-generic-header">
          <div class="govuk-generic-header__container govuk-width-container">
            <div class="govuk-generic-header__logo">
              <a href="#/" class="govuk-generic-header__homepage-link">
                BetterForUs
              </a>
            </div>
          </div>
        </div>
        <section aria-label="Service information" class="govuk-service-navigation">
          <div class="govuk-width-container">
            <div class="govuk-service-navigation__container">
              <span class="govuk-service-navigation__service-name">
                <a href="#/" class="govuk-service-navigation__link">
                  Build a tender pack
                </a>
              </span>
              <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
                {/* Note: govuk-frontend's service navigation behaviour: a Menu button on narrow
                    screens that shows and hides the list. */}
                <button
                  type="button"
                  class="govuk-service-navigation__toggle"
                  aria-controls="navigation"
                  aria-expanded={open}
                  hidden={wide}
                  onClick={() => setOpen(!open)}
                >
                  Menu
                </button>
                <ul class="govuk-service-navigation__list" id="navigation" hidden={!wide && !open}>
                  {nav.map((item) => (
                    <li
                      class={`govuk-service-navigation__item${item.key === current ? ' govuk-service-navigation__item--active' : ''}`}
                      key={item.key}
                    >
                      <a
                        class="govuk-service-navigation__link"
                        href={item.href}
                        aria-current={
                          item.key !== current
                            ? undefined
                            : currentHashIs(item.href)
                              ? 'page'
                              : 'true'
                        }
                      >
                        {item.key === current ? (
                          <strong class="govuk-service-navigation__active-fallback">
                            {item.text}
                          </strong>
                        ) : (
                          item.text
                        )}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </div>
        </section>
        <div class="govuk-width-container">
          <div class="govuk-phase-banner">
            <p class="govuk-phase-banner__content">
              <strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
              <span class="govuk-phase-banner__text">
                This is a new service. Help us improve it and{' '}
                <a class="govuk-link" href="#/feedback">
                  give your feedback
                </a>
                . Your answers never leave this device.
              </span>
            </p>
          </div>
        </div>
      </header>
      <div class="govuk-width-container">{children}</div>
      <footer class="govuk-footer">
        <div class="govuk-width-container">
          <div class="govuk-footer__meta">
            <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 class="govuk-visually-hidden">Support links</h2>
              <ul class="govuk-footer__inline-list">
                <li class="govuk-footer__inline-list-item">
                  <a class="govuk-footer__link" href="#/privacy">
                    Privacy
                  </a>
                </li>
                <li class="govuk-footer__inline-list-item">
                  <a class="govuk-footer__link" href="#/answers-file">
                    Save or load answers
                  </a>
                </li>
              </ul>
              <p class="govuk-body-s app-footer-text">
                BetterForUs, from the #BetterForUs campaign of Aspire Community Works. Code under
                the MIT licence; clause content under CC BY 4.0. The clauses are drafting aids, not
                legal advice: a qualified lawyer must check every clause before it is used.
              </p>
            </div>
          </div>
        </div>
      </footer>
    </>
  )
}
