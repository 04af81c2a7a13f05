/**
 * The footer: "Page N of M" from `PAGE`/`NUMPAGES` fields, and the provenance line
 * `@betterforus/clauses@1.0.0 · answers 3f2a9c0b1d4e`.
 *
 * ```xml
 * <w:ftr><w:p>…<w:instrText>PAGE</w:instrText>…<w:instrText>NUMPAGES</w:instrText>…</w:p><w:p>…</w:p></w:ftr>
 * ```
 */
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx'
import type { Provenance } from '../pack-tree.js'

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
