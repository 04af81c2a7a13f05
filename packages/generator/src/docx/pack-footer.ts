/**
 * The footer part: "Page N of M" from `PAGE`/`NUMPAGES` fields, and the provenance line
 * `@betterforus/clauses@1.0.0 · answers 3f2a9c0b1d4e`.
 *
 * ```xml
 * <w:ftr><w:p>…<w:instrText>PAGE</w:instrText>…<w:instrText>NUMPAGES</w:instrText>…</w:p><w:p>…</w:p></w:ftr>
 * ```
 */
import type { Provenance } from '../pack-tree.js'
import { DECLARATION, paragraphXml, run, W_NS } from './xml.js'

const field = (instruction: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`

export function packFooter(provenance: Provenance): string {
  const props = { style: 'Footer', align: 'center' } as const
  return `${DECLARATION}<w:ftr xmlns:w="${W_NS}">${paragraphXml(props, run('Page ') + field('PAGE') + run(' of ') + field('NUMPAGES'))}${paragraphXml(props, run(`${provenance.library} · answers ${provenance.answersSha256.slice(0, 12)}`))}</w:ftr>`
}
