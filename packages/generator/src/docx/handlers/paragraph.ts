/**
 * `paragraph` → `w:p`, numbered through Word numbering when `data.numbering` says so: a
 * sub-clause `{ level: 1, number: '3.1' }` →
 *
 * ```xml
 * <w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr>…</w:p>
 * ```
 *
 * Note: `number` is never typed into the text; Word and LibreOffice draw it from `w:numPr`. A
 * paragraph whose letters are all right-to-left (an answer in Arabic, say) is marked `w:bidi`.
 */
import { Paragraph as DocxParagraph, type FileChild } from 'docx'
import type { Paragraph } from 'mdast'
import { toString as textOf } from 'mdast-util-to-string'
import type { DocxState } from '../docx-state.js'
import { numberingFor } from '../numbering-for.js'
import { isRightToLeft } from '../right-to-left.js'

export function paragraph(node: Paragraph, state: DocxState): FileChild[] {
  const numbering = node.data?.numbering
  const rtl = isRightToLeft(textOf(node))
  return [
    new DocxParagraph({
      ...(numbering === undefined ? {} : { numbering: numberingFor(numbering, state) }),
      ...(rtl ? { bidirectional: true } : {}),
      children: state.toRuns(node.children, rtl ? { rightToLeft: true } : {}),
    }),
  ]
}
