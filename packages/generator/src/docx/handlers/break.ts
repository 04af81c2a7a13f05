/**
 * `break` (a hard line break, from a multi-line answer) → `<w:r><w:br/></w:r>`
 * (ECMA-376 Part 1, 17.3.3.1).
 */
import { type ParagraphChild, TextRun } from 'docx'
import type { Break } from 'mdast'
import type { DocxState, RunFormat } from '../docx-state.js'

export function hardBreak(_node: Break, _state: DocxState, format: RunFormat): ParagraphChild[] {
  return [new TextRun({ ...format, break: 1 })]
}
