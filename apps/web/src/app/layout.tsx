import type { ComponentChildren } from 'preact'
import { focusField } from './error-summary.js'

/** The page frame: skip link, header, service navigation, phase banner and footer. */
export function Layout({ children, current }: { children: ComponentChildren; current: string }) {
  const nav = [
    { href: '#/', text: 'Task list', key: 'tasks' },
    { href: '#/answers-file', text: 'Save or load answers', key: 'answers-file' },
    { href: '#/library', text: 'Clause library', key: 'library' },
    { href: '#/privacy', text: 'Privacy', key: 'privacy' },
  ]
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
                <ul class="govuk-service-navigation__list" id="navigation">
                  {nav.map((item) => (
                    <li
                      class={`govuk-service-navigation__item${item.key === current ? ' govuk-service-navigation__item--active' : ''}`}
                      key={item.key}
                    >
                      <a
                        class="govuk-service-navigation__link"
                        href={item.href}
                        aria-current={item.key === current ? 'page' : undefined}
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
                Your answers never leave this device. The clauses are drafting aids, not legal
                advice.
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
