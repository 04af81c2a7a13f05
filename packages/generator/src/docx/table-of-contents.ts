/**
 * The table of contents: a `TOC \h \o "1-3"` field whose cached result lists the headings with
 * their numbers, each clause a link to its bookmark, so it reads right before any field update.
 *
 * ```xml
 * <w:sdt>…<w:instrText>TOC \h \o "1-3"</w:instrText>…<w:hyperlink w:anchor="c_payment"><w:r><w:t>1 Payment</w:t></w:r></w:hyperlink>…</w:sdt>
 * ```
 *
 * Note: written clean (not dirty), so Word opens without asking to update fields; page numbers
 * appear when the lawyer updates the table. We cannot know them without layout.
 */
import { toString as textOf } from 'mdast-util-to-string'
import type { PackDocument } from '../pack-tree.js'
import { TEXT_WIDTH } from './units.js'
import { escapeXml, paragraphXml, run } from './xml.js'

const BEGIN =
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
const END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
const TABS = `<w:tab w:val="right" w:pos="${TEXT_WIDTH}"/>`

export function tableOfContents(tree: PackDocument): string {
  const entries = tree.children.flatMap((node) => {
    if (node.type !== 'heading' || node.depth < 2 || node.depth > 4) return []
    const number = node.data?.numbering?.number
    const bookmark = node.data?.clause?.bookmark
    const title = number === undefined ? textOf(node) : `${number} ${textOf(node)}`
    const entry =
      bookmark === undefined
        ? run(title)
        : `<w:hyperlink w:history="1" w:anchor="${escapeXml(bookmark)}">${run(title)}</w:hyperlink>`
    return [{ level: node.depth - 1, entry }]
  })
  const last = entries.length - 1
  const fieldEntries =
    entries.length === 0
      ? paragraphXml({}, BEGIN + END)
      : entries
          .map(({ level, entry }, index) =>
            paragraphXml(
              { style: `TOC${level}`, tabs: TABS },
              (index === 0 ? BEGIN : '') + entry + (index === last ? END : ''),
            ),
          )
          .join('')
  // Note: the caption is a plain bold paragraph, not a heading, so the table does not list itself.
  return (
    paragraphXml({ keepNext: true }, run('Contents', { bold: true, size: 24 })) +
    `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>${fieldEntries}</w:sdtContent></w:sdt>` +
    paragraphXml({ spacing: { after: 240 } }, '')
  )
}
