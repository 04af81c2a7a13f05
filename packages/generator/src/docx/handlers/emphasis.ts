/**
 * `emphasis` → its children's runs in italics: `_inter alia_` →
 * `<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t>inter alia</w:t></w:r>`.
 */
import type { ParagraphChild } from 'docx'
import type { Emphasis } from 'mdast'
import type { DocxState, RunFormat } from '../docx-state.js'

export function emphasis(node: Emphasis, state: DocxState, format: RunFormat): ParagraphChild[] {
  return state.toRuns(node.children, { ...format, italics: true })
}
