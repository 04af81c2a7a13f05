/**
 * Turn each drafting or risk note (`blockquote` with `data.note`) whose clause heading is in this
 * document into a Word comment, before the body is converted, so the heading handler can anchor it:
 *
 * ```xml
 * <w:comment w:id="0" w:author="BetterForUs" w:date="2026-06-01T00:00:00Z" w:initials="BFU">
 *   <w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>Drafting note: </w:t></w:r><w:r><w:t>…</w:t></w:r></w:p></w:comment>
 * ```
 */
import { Paragraph } from 'docx'
import { NOTE_LABEL } from '../note-label.js'
import type { PackDocument } from '../pack-tree.js'
import type { DocxState } from './docx-state.js'
import { notePrefix } from './note-prefix.js'

/** The author of every comment. */
export const COMMENT_AUTHOR = 'BetterForUs'

/**
 * Collect the notes of `tree` as comments into `state`.
 *
 * @param date The comments' date (the document's date, never the clock).
 */
export function collectNotes(tree: PackDocument, state: DocxState, date: Date): void {
  const headings = new Set(
    tree.children.flatMap((node) =>
      node.type === 'heading' && node.data?.clause ? [node.data.clause.id] : [],
    ),
  )
  for (const node of tree.children) {
    const note = node.type === 'blockquote' ? node.data?.note : undefined
    if (node.type !== 'blockquote' || note === undefined || note.kind === 'notice') continue
    if (note.clauseId === undefined || !headings.has(note.clauseId)) continue
    const id = state.comments.length
    const label = NOTE_LABEL[note.kind]
    const children = node.children.flatMap((child, index) =>
      child.type === 'paragraph'
        ? [
            new Paragraph({
              children: [
                ...(index === 0 ? notePrefix(label) : []),
                ...state.toRuns(child.children, {}),
              ],
            }),
          ]
        : state.toBlocks([child]),
    )
    state.comments.push({ id, author: COMMENT_AUTHOR, initials: 'BFU', date, children })
    state.notesByClause.set(note.clauseId, [...(state.notesByClause.get(note.clauseId) ?? []), id])
  }
}
