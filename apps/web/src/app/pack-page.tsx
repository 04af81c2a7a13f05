import type { LayerSummary } from '../layer/layer-summary.js'
import { answersFileText } from './answers-file-text.js'
import { ErrorSummary } from './error-summary.js'
import { LayerTag } from './layer-tag.js'
import type { Copy, PackResult } from './pack.js'
import { Downloads } from './pack-downloads.js'
import { PackPreview } from './preview.js'
import { RegimeSummary } from './regime-summary.js'
import { routeHash } from './routes.js'

/** The tender pack: copy choice, downloads and a live preview of each document. */
export function PackPage({
  result,
  copy,
  onCopy,
  documentId,
  onSelectDocument,
  layer,
}: {
  result: PackResult
  /** The council layer the pack is made with, when one is loaded. */
  layer?: LayerSummary | undefined
  copy: Copy
  onCopy: (copy: Copy) => void
  documentId: string | undefined
  /**
   * Choose the document to preview. WCAG 3.2.2 On Input: it changes only the preview, never the
   * route, the scroll position, the focus or the history.
   */
  onSelectDocument: (id: string) => void
}) {
  return (
    <main class="govuk-main-wrapper" id="main-content">
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-full">
          <h1 class="govuk-heading-l" tabIndex={-1}>
            Your tender pack
          </h1>
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong class="govuk-warning-text__text">
              <span class="govuk-visually-hidden">Warning</span>
              The clauses are drafting aids, not legal advice. A qualified lawyer must check every
              clause against the law that applies to your procurement before you use it.
            </strong>
          </div>
          <LayerTag summary={layer} />
          {result.kind === 'ok' && <RegimeSummary answers={result.answers} />}
          {result.kind === 'invalid' ? (
            <>
              <ErrorSummary items={result.messages.map((message) => ({ message }))} />
              <p class="govuk-body">
                <a class="govuk-link" href={routeHash({ name: 'check' })}>
                  Check your answers
                </a>{' '}
                to put these right.
              </p>
            </>
          ) : (
            <>
              <div class="govuk-form-group">
                <fieldset class="govuk-fieldset" aria-describedby="copy-hint">
                  <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
                    <h2 class="govuk-fieldset__heading">Which copy do you want?</h2>
                  </legend>
                  <div id="copy-hint" class="govuk-hint">
                    The drafter copy is for your legal team. The issue copy is the clean copy you
                    send to bidders.
                  </div>
                  <div class="govuk-radios govuk-radios--small">
                    {(
                      [
                        ['drafter', 'Drafter copy, with drafting and risk notes'],
                        ['issue', 'Issue copy, for bidders, with no notes'],
                      ] as const
                    ).map(([value, label], index) => (
                      <div class="govuk-radios__item" key={value}>
                        <input
                          class="govuk-radios__input"
                          id={index === 0 ? 'copy' : 'copy-2'}
                          name="copy"
                          type="radio"
                          value={value}
                          checked={copy === value}
                          onChange={() => onCopy(value)}
                        />
                        <label
                          class="govuk-label govuk-radios__label"
                          for={index === 0 ? 'copy' : 'copy-2'}
                        >
                          {label}
                        </label>
                      </div>
                    ))}
                  </div>
                </fieldset>
              </div>
              <Downloads
                pack={result.pack}
                unused={result.unused}
                copy={copy}
                extras={() => ({ 'answers.json': answersFileText(result.answers) })}
                houseStyle={result.houseStyle}
              />
              <h2 class="govuk-heading-m">Preview</h2>
              <p class="govuk-body">
                This is the {copy} copy. It changes as soon as you change an answer.
              </p>
              <PackPreview
                documents={result.pack.documents}
                selected={documentId}
                onSelect={onSelectDocument}
                idPrefix="pack"
              />
            </>
          )}
        </div>
      </div>
    </main>
  )
}
