/**
 * The cover lines under the Title: the authority, the contract title, the reference and the date,
 * the last with a rule under it.
 *
 * ```xml
 * <w:p><w:pPr><w:pStyle w:val="CoverLine"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Anytown Council</w:t></w:r></w:p>
 * ```
 */
import { BorderStyle, Paragraph, TextRun } from 'docx'
import type { PackDocumentInfo } from '../pack-tree.js'
import { assertXmlText } from './assert-xml-text.js'

export function coverBlock(info: PackDocumentInfo): Paragraph[] {
  const { authority, title, reference, date } = info.cover
  const all: [string, string, boolean][] = [
    ['', authority, true],
    ['', title, false],
    ['Reference:', reference, false],
    ['Date:', date, false],
  ]
  // Note: the reference is optional; leave its line out rather than print an empty label.
  const lines = all.filter(([, value]) => value !== '')
  return lines.map(([label, value, bold], index) => {
    assertXmlText(value, info.id)
    const last = index === lines.length - 1
    return new Paragraph({
      style: 'CoverLine',
      ...(last
        ? {
            border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 8 } },
            spacing: { after: 360 },
          }
        : {}),
      children: [
        ...(label ? [new TextRun({ text: label, bold: true })] : []),
        new TextRun({ text: label ? ` ${value}` : value, ...(bold ? { bold } : {}) }),
      ],
    })
  })
}
