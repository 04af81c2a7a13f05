import type { Paragraph, PhrasingContent } from 'mdast'
import type { PackDocumentInfo } from './pack-tree.js'

/** One line of a document's cover block, as every writer prints it. */
export interface CoverLine {
  /** A bold label before the value, such as `Reference:`; none for the authority and title. */
  label?: string
  value: string
  /** The value itself in bold (the authority). */
  bold: boolean
}

/**
 * The cover lines under a document's title: the authority (bold), the contract title, the
 * reference and the date. One presentation for the DOCX, the Markdown and the web preview.
 *
 * Note: a line whose value is empty is left out (the reference is optional) rather than print an
 * empty label.
 */
export function coverLines(info: Pick<PackDocumentInfo, 'cover'>): CoverLine[] {
  const { authority, title, reference, date } = info.cover
  const lines: CoverLine[] = [
    { value: authority, bold: true },
    { value: title, bold: false },
    { label: 'Reference:', value: reference, bold: false },
    { label: 'Date:', value: date, bold: false },
  ]
  return lines.filter((line) => line.value !== '')
}

const strong = (value: string): PhrasingContent => ({
  type: 'strong',
  children: [{ type: 'text', value }],
})

/** The cover lines as mdast paragraphs, for the Markdown writer and the web preview. */
export function coverParagraphs(info: Pick<PackDocumentInfo, 'cover'>): Paragraph[] {
  return coverLines(info).map(({ label, value, bold }) => ({
    type: 'paragraph',
    children:
      label === undefined
        ? [bold ? strong(value) : { type: 'text', value }]
        : [strong(label), { type: 'text', value: ` ${value}` }],
  }))
}
