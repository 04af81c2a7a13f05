/**
 * `thematicBreak` (`---`) → an empty paragraph with a bottom border:
 * `<w:p><w:pPr><w:pBdr><w:bottom w:val="single" …/></w:pBdr></w:pPr></w:p>`.
 */
import { type FileChild, Paragraph } from 'docx'
import type { ThematicBreak } from 'mdast'
import type { DocxState } from '../docx-state.js'

export function thematicBreak(_node: ThematicBreak, _state: DocxState): FileChild[] {
  return [new Paragraph({ thematicBreak: true, children: [] })]
}
