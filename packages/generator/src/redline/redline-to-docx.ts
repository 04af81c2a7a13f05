/**
 * Write a redline as DOCX with Word tracked changes through the `docx` library: every insertion a
 * `w:ins` (`InsertedTextRun`) and every deletion a `w:del` (`DeletedTextRun`), by author
 * `BetterForUs`, dated the redline's fixed date, with sequential revision ids, and change tracking
 * left on so further edits are tracked too:
 *
 * ```xml
 * <w:r><w:t xml:space="preserve">The Supplier must </w:t></w:r>
 * <w:ins w:id="1" w:author="BetterForUs" w:date="2026-06-01T00:00:00Z"><w:r><w:t xml:space="preserve">promptly </w:t></w:r></w:ins>
 * <w:del w:id="2" w:author="BetterForUs" w:date="2026-06-01T00:00:00Z"><w:r><w:delText xml:space="preserve">Contract </w:delText></w:r></w:del>
 * ```
 */
import {
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx'
import { fixedInstant } from '../docx/fixed-instant.js'
import { NUMBERING } from '../docx/numbering.js'
import { packageDocx } from '../docx/package-docx.js'
import { styles } from '../docx/styles.js'
import { PAGE } from '../docx/units.js'
import type { ChangedParagraph, RedlineDocument } from './redline-types.js'

/** The author of every tracked change. */
export const REDLINE_AUTHOR = 'BetterForUs'

/**
 * Build the DOCX bytes of a redline, deterministically: the same redline gives the same bytes.
 *
 * @param redline A document from `redlinePacks` or `redlineLibrary`.
 * @returns The `.docx` package.
 */
export async function redlineToDocx(redline: RedlineDocument): Promise<Uint8Array> {
  const date = fixedInstant(redline.date, "the redline's date")
  let id = 0
  const runs = (paragraph: ChangedParagraph): ParagraphChild[] =>
    paragraph.map((change) => {
      if (change.kind === 'same') return new TextRun(change.text)
      id += 1
      const options = { text: change.text, id, author: REDLINE_AUTHOR, date }
      return change.kind === 'insert' ? new InsertedTextRun(options) : new DeletedTextRun(options)
    })
  const children: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(`Redline: ${redline.title}`)],
    }),
    new Paragraph({
      children: [
        new TextRun(
          `From ${redline.from} to ${redline.to}. Insertions and deletions are tracked changes by ${REDLINE_AUTHOR}: review them, then accept or reject them.`,
        ),
      ],
    }),
  ]
  for (const section of redline.sections) {
    if (section.heading.length > 0)
      children.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          // Note: Heading1 is numbered by its style; a redline's headings carry their own text.
          numbering: false,
          children: runs(section.heading),
        }),
      )
    if (section.note !== undefined)
      children.push(
        new Paragraph({ children: [new TextRun({ text: section.note, italics: true })] }),
      )
    for (const paragraph of section.paragraphs)
      children.push(new Paragraph({ children: runs(paragraph) }))
  }
  const doc = new Document({
    title: `Redline: ${redline.title}`,
    creator: REDLINE_AUTHOR,
    lastModifiedBy: REDLINE_AUTHOR,
    revision: 1,
    features: { trackRevisions: true },
    styles: styles(),
    numbering: NUMBERING,
    sections: [{ properties: { page: PAGE }, children }],
  })
  return packageDocx(doc, { instant: date })
}
