/**
 * `thematicBreak` (`---`) → an empty paragraph with a bottom border:
 * `<w:p><w:pPr><w:pBdr><w:bottom w:val="single" …/></w:pBdr></w:pPr></w:p>`.
 */
import type { ThematicBreak } from 'mdast'
import type { DocxState } from '../docx-state.js'
import { paragraphXml } from '../xml.js'

export function thematicBreak(_node: ThematicBreak, _state: DocxState): string {
  return paragraphXml(
    { border: '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/>' },
    '',
  )
}
