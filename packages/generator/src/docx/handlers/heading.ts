/**
 * `heading` → the Title (depth 1) or a heading paragraph. A clause heading (`data.numbering`
 * level 0, `data.clause`) is Heading1 on the legal list, its text in a bookmark that `REF` fields
 * point to, and any drafting or risk notes anchored on it as comments:
 *
 * ```xml
 * <w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr>
 *   <w:commentRangeStart w:id="0"/><w:bookmarkStart w:name="c_payment" w:id="1"/><w:r><w:t>Payment</w:t></w:r>
 *   <w:bookmarkEnd w:id="1"/><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>
 * ```
 */
import { Bookmark, type FileChild, HeadingLevel, Paragraph, type ParagraphChild } from 'docx'
import type { Heading } from 'mdast'
import { anchorComments } from '../anchor-comments.js'
import type { DocxState } from '../docx-state.js'
import { numberingFor } from '../numbering-for.js'

const STYLE = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const
const BOOKMARK = /^[A-Za-z][A-Za-z0-9_]{0,39}$/

export function heading(node: Heading, state: DocxState): FileChild[] {
  const runs = state.toRuns(node.children, {})
  if (node.depth === 1) return [new Paragraph({ heading: HeadingLevel.TITLE, children: runs })]
  const { numbering, clause } = node.data ?? {}
  const level = numbering?.level ?? node.depth - 2
  let children: ParagraphChild[] = runs
  if (clause !== undefined) {
    if (!BOOKMARK.test(clause.bookmark)) {
      throw new Error(
        `Invalid bookmark name ${JSON.stringify(clause.bookmark)} for clause \`${clause.id}\` in document \`${state.documentId}\`: Word needs a letter first, then letters, digits or underscores, at most 40 characters, such as \`c_payment_terms\`.`,
      )
    }
    children = anchorComments(
      [new Bookmark({ id: clause.bookmark, children: runs })],
      state.notesByClause.get(clause.id),
    )
  }
  return [
    new Paragraph({
      heading: STYLE[Math.min(level, 2)] ?? HeadingLevel.HEADING_3,
      // Note: Heading1 and Heading2 are numbered by their style, so an unnumbered one says so.
      numbering: numbering === undefined ? false : numberingFor(numbering, state),
      children,
    }),
  ]
}
