/**
 * The header of every page after the first, when a house style gives a header line:
 *
 * ```xml
 * <w:hdr><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr><w:r><w:t>Anytown Council · OFFICIAL</w:t></w:r></w:p></w:hdr>
 * ```
 */
import { AlignmentType, Header, Paragraph, TextRun } from 'docx'
import { assertXmlText } from './assert-xml-text.js'

/** The header of every page after the first: the house style's line, right-aligned. */
export function packHeader(line: string, documentId: string): Header {
  assertXmlText(line, documentId)
  return new Header({
    children: [
      new Paragraph({
        style: 'Header',
        alignment: AlignmentType.RIGHT,
        children: [new TextRun(line)],
      }),
    ],
  })
}
