/**
 * `crossReference` → a `REF` field to the clause's bookmark, with our own number as its cached
 * result, so it reads right before (or without) a field update:
 *
 * ```xml
 * <w:fldSimple w:instr="REF c_remedy_rectification \h \w"><w:r><w:t>7</w:t></w:r></w:fldSimple>
 * ```
 *
 * A reference into another pack document (no `bookmark`) is plain text: its `label`, such as
 * `7 of the Social Value and Fair Work Schedule` (ECMA-376 Part 1, 17.16.5.51).
 */
import type { CrossReference } from '../../pack-tree.js'
import { assertXmlText } from '../assert-xml-text.js'
import type { DocxState, RunFormat } from '../docx-state.js'
import { escapeXml, run } from '../xml.js'

export function crossReference(node: CrossReference, state: DocxState, format: RunFormat): string {
  if (node.bookmark === undefined) {
    assertXmlText(node.label, state.documentId)
    return run(node.label, format)
  }
  assertXmlText(node.number, state.documentId)
  return `<w:fldSimple w:instr="REF ${escapeXml(node.bookmark)} \\h \\w">${run(node.number, format)}</w:fldSimple>`
}
