/**
 * The table of contents: a `TOC \h \o "1-3"` field whose cached result lists the headings with
 * their numbers, each clause a link to its bookmark, so it reads right before any field update.
 *
 * ```xml
 * <w:sdt>…<w:instrText>TOC \h \o "1-3"</w:instrText>…<w:t>1 Definitions</w:t>…</w:sdt>
 * ```
 *
 * Note: written clean (not dirty), so Word opens without asking to update fields; page numbers
 * appear when the lawyer updates the table (F9). We cannot know them without layout.
 */
import { LeaderType, Paragraph, TableOfContents, TextRun } from 'docx'
import { toString as textOf } from 'mdast-util-to-string'
import type { PackDocument } from '../pack-tree.js'

export function tableOfContents(tree: PackDocument): [Paragraph, TableOfContents, Paragraph] {
  const cachedEntries = tree.children.flatMap((node) => {
    if (node.type !== 'heading' || node.depth < 2 || node.depth > 4) return []
    const number = node.data?.numbering?.number
    const bookmark = node.data?.clause?.bookmark
    return [
      {
        title: number === undefined ? textOf(node) : `${number} ${textOf(node)}`,
        level: node.depth - 1,
        ...(bookmark === undefined ? {} : { href: bookmark }),
      },
    ]
  })
  // Note: the caption is a plain bold paragraph, not a heading, so the table does not list itself.
  return [
    new Paragraph({
      keepNext: true,
      children: [new TextRun({ text: 'Contents', bold: true, size: 24 })],
    }),
    new TableOfContents('Contents', {
      hyperlink: true,
      headingStyleRange: '1-3',
      cachedEntries,
      beginDirty: false,
      tabLeader: LeaderType.NONE,
    }),
    new Paragraph({ children: [], spacing: { after: 240 } }),
  ]
}
