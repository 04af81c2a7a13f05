/**
 * The bold label that opens a note: `<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>Drafting note: </w:t></w:r>`.
 */
import { TextRun } from 'docx'

export function notePrefix(label: string): TextRun[] {
  return [new TextRun({ text: `${label}: `, bold: true })]
}
