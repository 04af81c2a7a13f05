/**
 * `inlineCode` → a run in a monospaced font: `` `REF-001` `` →
 * `<w:r><w:rPr><w:rFonts w:ascii="Courier New" …/></w:rPr><w:t>REF-001</w:t></w:r>`.
 */
import { type ParagraphChild, TextRun } from 'docx'
import type { InlineCode } from 'mdast'
import { assertXmlText } from '../assert-xml-text.js'
import type { DocxState, RunFormat } from '../docx-state.js'

export function inlineCode(
  node: InlineCode,
  state: DocxState,
  format: RunFormat,
): ParagraphChild[] {
  assertXmlText(node.value, state.documentId)
  return [new TextRun({ ...format, text: node.value.replace(/\s+/g, ' '), font: 'Courier New' })]
}
