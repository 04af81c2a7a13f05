/**
 * A field as Word writes it: a complex field (ECMA-376 Part 1, 17.16.18) whose result runs hold
 * the value we computed, so readers that never update fields (pandoc, mammoth) still show it:
 *
 * ```xml
 * <w:r><w:fldChar w:fldCharType="begin"/><w:instrText>REF c_payment \h \w</w:instrText>
 *   <w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
 * ```
 *
 * Note: docx's `NumberedItemReference` writes a simple field (`w:fldSimple`), which pandoc and
 * mammoth drop with its result ("under clause ."); these are docx's own element builders, put
 * together as Word does.
 */
import { BuilderElement, type ParagraphChild, StringContainer, TextRun } from 'docx'
import type { RunFormat } from './docx-state.js'

const fieldChar = (type: 'begin' | 'separate' | 'end') =>
  new BuilderElement<{ type: string }>({
    name: 'w:fldChar',
    attributes: { type: { key: 'w:fldCharType', value: type } },
  })

/**
 * The runs of a complex field with a cached result.
 *
 * @param instruction The field code, such as `REF c_payment \h \w`.
 * @param result The cached result's text, such as `7`.
 * @param format The formatting of the runs.
 */
export function complexField(
  instruction: string,
  result: string,
  format: RunFormat = {},
): ParagraphChild[] {
  return [
    new TextRun({
      ...format,
      children: [
        fieldChar('begin'),
        new StringContainer('w:instrText', instruction),
        fieldChar('separate'),
      ],
    }),
    new TextRun({ ...format, text: result }),
    new TextRun({ ...format, children: [fieldChar('end')] }),
  ]
}
