/**
 * `list` → its items' paragraphs. A bullet list uses docx's bullet numbering; an ordered list
 * gets its own `w:num` (a docx `instance`) of the plain `1.` list, so each starts at 1. Nested
 * lists go one `w:ilvl` deeper (at most 2).
 */
import type { FileChild } from 'docx'
import type { List } from 'mdast'
import type { DocxState } from '../docx-state.js'

export function list(node: List, state: DocxState): FileChild[] {
  const outer = state.list
  const ordered = node.ordered === true
  if (ordered) state.lastOrderedInstance += 1
  state.list = {
    ordered,
    depth: Math.min((outer?.depth ?? -1) + 1, 2),
    instance: ordered ? state.lastOrderedInstance : 0,
  }
  try {
    return state.toBlocks(node.children)
  } finally {
    state.list = outer
  }
}
