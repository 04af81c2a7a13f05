/**
 * `blockquote` → by its `data.note`:
 * - a `notice` (the not-legal-advice notice): shaded, boxed paragraphs in the Note style,
 *   `<w:p><w:pPr><w:pStyle w:val="Note"/></w:pPr>…</w:p>`;
 * - a drafting or risk note on a clause heading in this document: nothing here, since
 *   `collectNotes` made it a Word comment on that heading;
 * - any other note: Note-style paragraphs headed "Drafting note:" or "Risk note:";
 * - no note: indented paragraphs.
 */
import { type FileChild, Paragraph } from 'docx'
import type { Blockquote } from 'mdast'
import { NOTE_LABEL } from '../../note-label.js'
import type { DocxState } from '../docx-state.js'
import { notePrefix } from '../note-prefix.js'
import { INDENT } from '../units.js'

export function blockquote(node: Blockquote, state: DocxState): FileChild[] {
  const note = node.data?.note
  if (
    note?.clauseId !== undefined &&
    note.kind !== 'notice' &&
    state.notesByClause.has(note.clauseId)
  )
    return []
  const props = note === undefined ? { indent: { left: INDENT } } : { style: 'Note' }
  const out: FileChild[] = []
  node.children.forEach((child, index) => {
    if (child.type !== 'paragraph') {
      out.push(...state.toBlocks([child]))
      return
    }
    const prefix =
      index === 0 && note !== undefined && note.kind !== 'notice'
        ? notePrefix(NOTE_LABEL[note.kind])
        : []
    out.push(
      new Paragraph({ ...props, children: [...prefix, ...state.toRuns(child.children, {})] }),
    )
  })
  return out
}
