/**
 * The cover block: the logo (if the house style has one) above the Title, then the house style's
 * cover lines, then the authority, the contract title, the reference and the date, the last with
 * a rule under it.
 *
 * ```xml
 * <w:p><w:pPr><w:pStyle w:val="CoverLine"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>Anytown Council</w:t></w:r></w:p>
 * ```
 */
import { BorderStyle, Paragraph, TextRun } from 'docx'
import { coverLines } from '../cover-lines.js'
import type { HouseStyle } from '../house-style.js'
import type { PackDocumentInfo } from '../pack-tree.js'
import { assertXmlText } from './assert-xml-text.js'
import { isRightToLeft } from './right-to-left.js'

const RULE = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 8 }

const line = (value: string, id: string) => {
  assertXmlText(value, id)
  const rtl = isRightToLeft(value)
  return { rtl, run: new TextRun({ text: value, ...(rtl ? { rightToLeft: true } : {}) }) }
}

/** The house style's own cover lines, under the Title. */
export function houseCoverLines(house: HouseStyle | undefined, id: string): Paragraph[] {
  return (house?.coverLines ?? []).map((value) => {
    const { rtl, run } = line(value, id)
    return new Paragraph({
      style: 'CoverLine',
      ...(rtl ? { bidirectional: true } : {}),
      children: [run],
    })
  })
}

export function coverBlock(info: PackDocumentInfo): Paragraph[] {
  const lines = coverLines(info)
  return lines.map(({ label = '', value, bold }, index) => {
    assertXmlText(value, info.id)
    const last = index === lines.length - 1
    const rtl = label === '' && isRightToLeft(value)
    return new Paragraph({
      style: 'CoverLine',
      ...(last ? { border: { bottom: RULE }, spacing: { after: 360 } } : {}),
      ...(rtl ? { bidirectional: true } : {}),
      children: [
        ...(label ? [new TextRun({ text: label, bold: true })] : []),
        new TextRun({
          text: label ? ` ${value}` : value,
          ...(bold ? { bold } : {}),
          ...(rtl ? { rightToLeft: true } : {}),
        }),
      ],
    })
  })
}
