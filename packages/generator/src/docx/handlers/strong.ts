/**
 * `strong` → its children's runs in bold: `**Contractor**` →
 * `<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>Contractor</w:t></w:r>`.
 */
import type { ParagraphChild } from 'docx'
import type { Strong } from 'mdast'
import type { DocxState, RunFormat } from '../docx-state.js'

export function strong(node: Strong, state: DocxState, format: RunFormat): ParagraphChild[] {
  return state.toRuns(node.children, { ...format, bold: true })
}
