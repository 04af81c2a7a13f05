/**
 * The footer: "Page N of M" from `PAGE`/`NUMPAGES` fields, and the provenance line
 * `@betterforus/clauses@1.0.0 · answers 3f2a9c0b1d4e`; and the house style's header line.
 *
 * ```xml
 * <w:ftr><w:p>…<w:instrText>PAGE</w:instrText>…<w:instrText>NUMPAGES</w:instrText>…</w:p><w:p>…</w:p></w:ftr>
 * ```
 */
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx'
import type { Provenance } from '../pack-tree.js'
import { assertXmlText } from './assert-xml-text.js'

export function packFooter(provenance: Provenance): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
      new Paragraph({
        style: 'Footer',
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun(`${provenance.library} · answers ${provenance.answersSha256.slice(0, 12)}`),
        ],
      }),
    ],
  })
}

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
