/**
 * `inlineCode` → a run in a monospaced font: `` `REF-001` `` →
 * `<w:r><w:rPr><w:rFonts w:ascii="Courier New" …/></w:rPr><w:t>REF-001</w:t></w:r>`.
 */
import type { InlineCode } from 'mdast'
import { assertXmlText } from '../assert-xml-text.js'
import type { DocxState, RunFormat } from '../docx-state.js'
import { run } from '../xml.js'

export function inlineCode(node: InlineCode, state: DocxState, format: RunFormat): string {
  assertXmlText(node.value, state.documentId)
  return run(node.value.replace(/\s+/g, ' '), { ...format, font: 'Courier New' })
}
