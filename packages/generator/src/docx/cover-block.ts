/**
 * The cover lines under the Title: the authority, the contract title, the reference and the date,
 * the last with a rule under it.
 *
 * ```xml
 * <w:p><w:pPr><w:pStyle w:val="CoverLine"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>Anytown Council</w:t></w:r></w:p>
 * ```
 */
import { coverLines } from '../cover-lines.js'
import type { PackDocumentInfo } from '../pack-tree.js'
import { assertXmlText } from './assert-xml-text.js'
import { isRightToLeft, paragraphXml, run } from './xml.js'

const RULE = '<w:bottom w:val="single" w:sz="8" w:space="8" w:color="000000"/>'

export function coverBlock(info: PackDocumentInfo): string {
  const lines = coverLines(info)
  return lines
    .map(({ label = '', value, bold }, index) => {
      assertXmlText(value, info.id)
      const last = index === lines.length - 1
      const rtl = label === '' && isRightToLeft(value)
      return paragraphXml(
        {
          style: 'CoverLine',
          ...(last ? { border: RULE, spacing: { after: 360 } } : {}),
          ...(rtl ? { bidi: true } : {}),
        },
        (label ? run(label, { bold: true }) : '') +
          run(label ? ` ${value}` : value, { ...(bold ? { bold } : {}), ...(rtl ? { rtl } : {}) }),
      )
    })
    .join('')
}
