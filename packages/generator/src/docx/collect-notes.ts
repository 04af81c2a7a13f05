/**
 * Turn each drafting or risk note (`blockquote` with `data.note`) whose clause heading is in this
 * document into a Word comment, before the body is converted, so the heading handler can anchor it:
 *
 * ```xml
 * <w:comment w:id="0" w:author="BetterForUs" w:initials="BFU" w:date="2026-06-01T00:00:00Z">
 *   <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Drafting note: </w:t></w:r><w:r><w:t>…</w:t></w:r></w:p></w:comment>
 * ```
 *
 * Note: `COMMENT_DATE` is a fixed placeholder; `normaliseDocx` sets every comment date to the
 * document date, so the bytes never depend on the clock.
 */
import { Paragraph } from 'docx'
import { NOTE_LABEL } from '../note-label.js'
import type { PackDocument } from '../pack-tree.js'
import type { DocxState } from './docx-state.js'
import { notePrefix } from './note-prefix.js'

/** The placeholder date of every comment (replaced by `normaliseDocx`). */
export const COMMENT_DATE = new Date(Date.UTC(2000, 0, 1))

export function collectNotes(tree: PackDocument, state: DocxState): void {
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
    state.comments.push({
      id,
      author: 'BetterForUs',
      initials: 'BFU',
      date: COMMENT_DATE,
      children,
    })
    state.notesByClause.set(note.clauseId, [...(state.notesByClause.get(note.clauseId) ?? []), id])
  }
}
