/**
 * Write a redline as DOCX with Word tracked changes: every insertion a `w:ins` and every deletion
 * a `w:del`, by author `BetterForUs`, dated the redline's fixed date, with sequential revision ids,
 * and change tracking left on so further edits are tracked too:
 *
 * ```xml
 * <w:r><w:t xml:space="preserve">The Supplier must </w:t></w:r>
 * <w:ins w:id="1" w:author="BetterForUs" w:date="2026-06-01T00:00:00Z"><w:r><w:t xml:space="preserve">promptly </w:t></w:r></w:ins>
 * <w:del w:id="2" w:author="BetterForUs" w:date="2026-06-01T00:00:00Z"><w:r><w:delText xml:space="preserve">Contract </w:delText></w:r></w:del>
 * ```
 */
import { coreXml } from '../docx/document-properties.js'
import { packageParts } from '../docx/package-parts.js'
import { documentXml, fixedInstant } from '../docx/to-docx.js'
import { escapeXml, paragraphXml, run } from '../docx/xml.js'
import { zipPackage } from '../docx/zip-package.js'
import type { ChangedParagraph, RedlineDocument } from './redline-types.js'

/** The author of every tracked change. */
export const REDLINE_AUTHOR = 'BetterForUs'

/**
 * Build the DOCX bytes of a redline, deterministically: the same redline gives the same bytes.
 *
 * @param redline A document from `redlinePacks` or `redlineLibrary`.
 * @returns The `.docx` package. Note: `async` with nothing to await, on purpose: every error
 *   reaches the caller as a rejected promise, and the signature stays the one the `docx`
 *   library's writer needs, should it come back (issue 14).
 */
export async function redlineToDocx(redline: RedlineDocument): Promise<Uint8Array> {
  const date = fixedInstant(redline.date, "the redline's date")
  let id = 0
  const runs = (paragraph: ChangedParagraph): string =>
    paragraph
      .map((change) => {
        if (change.kind === 'same') return run(change.text)
        id += 1
        const mark = `w:id="${id}" w:author="${REDLINE_AUTHOR}" w:date="${date}"`
        return change.kind === 'insert'
          ? `<w:ins ${mark}>${run(change.text)}</w:ins>`
          : `<w:del ${mark}><w:r><w:delText xml:space="preserve">${escapeXml(change.text)}</w:delText></w:r></w:del>`
      })
      .join('')
  let body =
    paragraphXml({ style: 'Title' }, run(`Redline: ${redline.title}`)) +
    paragraphXml(
      {},
      run(
        `From ${redline.from} to ${redline.to}. Insertions and deletions are tracked changes by ${REDLINE_AUTHOR}: review them, then accept or reject them.`,
      ),
    )
  for (const section of redline.sections) {
    if (section.heading.length > 0)
      body += paragraphXml({ style: 'Heading1', numbering: { numId: 0 } }, runs(section.heading))
    if (section.note !== undefined) body += paragraphXml({}, run(section.note, { italics: true }))
    for (const paragraph of section.paragraphs) body += paragraphXml({}, runs(paragraph))
  }
  return zipPackage(
    packageParts({
      document: documentXml(body),
      core: coreXml({ title: `Redline: ${redline.title}`, instant: date }),
      trackRevisions: true,
    }),
  )
}
