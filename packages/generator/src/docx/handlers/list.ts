/**
 * `list` → its items' paragraphs. A bullet list uses the bullet `w:num` (1); an ordered list gets
 * its own `w:num` of the plain `1.` list, so each starts at 1. Nested lists go one `w:ilvl`
 * deeper (at most 2).
 */
import type { List } from 'mdast'
import { type DocxState, newNum } from '../docx-state.js'
import { BULLET_NUM } from '../numbering.js'

export function list(node: List, state: DocxState): string {
  const outer = state.list
  const ordered = node.ordered === true
  state.list = {
    ordered,
    depth: Math.min((outer?.depth ?? -1) + 1, 2),
    numId: ordered ? newNum(state, 'ordered') : BULLET_NUM,
  }
  try {
    return state.toBlocks(node.children)
  } finally {
    state.list = outer
  }
}
