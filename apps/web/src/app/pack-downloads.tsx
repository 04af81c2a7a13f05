import { catalog } from '@betterforus/clauses'
import {
  type HouseStyle,
  type Pack,
  packDisplayName,
  packFileName,
  toMarkdownDocument,
} from '@betterforus/generator'
import { useState } from 'preact/hooks'
import { downloadFile, MIME } from './download-file.js'
import type { Copy } from './pack.js'

/**
 * The DOCX and zip writers: a separate chunk, out of the initial JavaScript. It is fetched once
 * the page is idle after the pack page first shows, so downloads still work offline.
 */
const loadPackFiles = () => import('./pack-files.js')

let prefetched = false
/** Fetch the DOCX writer in the background (idempotent). */
export function prefetchPackFiles() {
  if (prefetched) return
  prefetched = true
  const idle =
    window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200))
  idle(() => {
    loadPackFiles().catch(() => {
      prefetched = false
    })
  })
}

/**
 * Downloads of each document (DOCX and Markdown) and of the whole pack (zip), named for people:
 * `Social value requirements - drafter copy.docx`. Each button's `data-download` keeps the CLI's
 * stable name (`<document>.<copy>.docx`), and the zip holds the CLI's names.
 */
export function Downloads({
  pack,
  unused,
  copy,
  extras,
  houseStyle,
}: {
  pack: Pack
  unused: readonly string[]
  copy: Copy
  extras: () => Record<string, string>
  /** A council layer's house style, for the DOCX files. */
  houseStyle?: HouseStyle | undefined
}) {
  const [busy, setBusy] = useState<string | undefined>(undefined)
  const [failure, setFailure] = useState<string | undefined>(undefined)
  const run = async (key: string, work: () => Promise<void>) => {
    setBusy(key)
    setFailure(undefined)
    try {
      await work()
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(undefined)
    }
  }
  return (
    <>
      {failure && (
        <div class="govuk-error-summary" tabIndex={-1}>
          <div role="alert">
            <h2 class="govuk-error-summary__title">The file could not be made</h2>
            <div class="govuk-error-summary__body">
              <p class="govuk-body">{failure}</p>
            </div>
          </div>
        </div>
      )}
      <p class="govuk-body">
        Use the Word documents to edit the pack and send it out. Markdown is the same text as plain
        text with simple marks for headings and lists: use it to paste into a website, a procurement
        portal or a document management system, or to compare versions.
      </p>
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--m">
          Documents in the pack
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Document
            </th>
            <th scope="col" class="govuk-table__header">
              Download
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {pack.documents.map((tree) => {
            const docx = packFileName(tree, 'docx')
            const markdown = packFileName(tree, 'md')
            return (
              <tr class="govuk-table__row" key={tree.data.id}>
                <th scope="row" class="govuk-table__header app-document-title">
                  {tree.data.title}
                </th>
                <td class="govuk-table__cell">
                  <div class="govuk-button-group app-download-buttons">
                    <button
                      type="button"
                      class="govuk-button govuk-button--secondary"
                      data-download={docx}
                      disabled={busy !== undefined}
                      onClick={() =>
                        run(docx, async () => {
                          const { documentDocx } = await loadPackFiles()
                          downloadFile(
                            packDisplayName(tree, 'docx'),
                            await documentDocx(tree, houseStyle),
                            MIME.docx,
                          )
                        })
                      }
                    >
                      Word (DOCX)<span class="govuk-visually-hidden">: {tree.data.title}</span>
                    </button>
                    <button
                      type="button"
                      class="govuk-button govuk-button--secondary"
                      data-download={markdown}
                      onClick={() =>
                        downloadFile(
                          packDisplayName(tree, 'md'),
                          toMarkdownDocument(tree),
                          MIME.markdown,
                        )
                      }
                    >
                      Markdown<span class="govuk-visually-hidden">: {tree.data.title}</span>
                    </button>
                  </div>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <button
        type="button"
        class="govuk-button"
        data-download={`betterforus-pack.${copy}.zip`}
        disabled={busy !== undefined}
        onClick={() =>
          run('zip', async () => {
            const { packZip } = await loadPackFiles()
            downloadFile(
              `${catalog.pack.title} - ${copy} copy.zip`,
              await packZip(pack, unused, extras(), houseStyle),
              MIME.zip,
            )
          })
        }
      >
        Download the whole pack (zip)
      </button>
      {busy !== undefined && (
        <p class="govuk-body" role="status">
          Preparing your download…
        </p>
      )}
    </>
  )
}
