/**
 * Wrap paragraph content in the ranges of Word comments and add their reference marks:
 *
 * ```xml
 * <w:commentRangeStart w:id="0"/>…<w:commentRangeEnd w:id="0"/>
 * <w:r><w:commentReference w:id="0"/></w:r>
 * ```
 *
 * (ECMA-376 Part 1, 17.13.4.) The comments themselves are collected by `collectNotes`.
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  type ParagraphChild,
  TextRun,
} from 'docx'

export function anchorComments(
  children: ParagraphChild[],
  ids: readonly number[] | undefined,
): ParagraphChild[] {
  if (ids === undefined || ids.length === 0) return children
  return [
    ...ids.map((id) => new CommentRangeStart(id)),
    ...children,
    ...ids.map((id) => new CommentRangeEnd(id)),
    ...ids.map((id) => new TextRun({ children: [new CommentReference(id)] })),
  ]
}
