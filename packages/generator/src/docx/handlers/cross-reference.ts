/**
 * `crossReference` → a `REF` field to the clause's bookmark, written as a complex field with our
 * own number as its cached result, so it reads right before (or without) a field update, in Word,
 * LibreOffice, pandoc and mammoth alike:
 *
 * ```xml
 * <w:r><w:fldChar w:fldCharType="begin"/><w:instrText>REF c_remedy_rectification \h \w</w:instrText>
 *   <w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
 * ```
 *
 * A reference into another pack document (no `bookmark`) is plain text: its `label`, such as
 * `7 of the Social Value and Fair Work Schedule` (ECMA-376 Part 1, 17.16.5.51).
 */
import { type ParagraphChild, TextRun } from 'docx'
import type { CrossReference } from '../../pack-tree.js'
import { assertXmlText } from '../assert-xml-text.js'
import { complexField } from '../complex-field.js'
import type { DocxState, RunFormat } from '../docx-state.js'

export function crossReference(
  node: CrossReference,
  state: DocxState,
  format: RunFormat,
): ParagraphChild[] {
  if (node.bookmark === undefined) {
    assertXmlText(node.label, state.documentId)
    return [new TextRun({ ...format, text: node.label })]
  }
  assertXmlText(node.number, state.documentId)
  return complexField(`REF ${node.bookmark} \\h \\w`, node.number, format)
}
