/**
 * The `w:numPr` of a numbered block: which `w:num` of the legal list, at which `w:ilvl`. Clause
 * headings and sub-clauses (levels 0–2) share `CLAUSE_NUM`, so clauses run 1, 2, 3 and `2.1`
 * restarts under clause 2. Each lettered list (level 3 `(a)`, level 4 `(i)`) that `restart`s gets
 * a new `w:num` whose `w:startOverride` starts it at (a) or (i).
 *
 * ```xml
 * <w:numPr><w:ilvl w:val="3"/><w:numId w:val="4"/></w:numPr>
 * ```
 */
import type { Numbering } from '../pack-tree.js'
import { type DocxState, newNum } from './docx-state.js'
import { CLAUSE_NUM } from './numbering.js'

export function numberingFor(
  numbering: Numbering,
  state: DocxState,
): { numId: number; level: number } {
  const { level } = numbering
  if (level !== 3 && level !== 4) return { numId: CLAUSE_NUM, level }
  let numId = state.letteredNum.get(level)
  // Note: a lettered item without a list to continue starts one, whatever `restart` says.
  if (numbering.restart === true || numId === undefined) {
    numId = newNum(state, 'legal')
    state.letteredNum.set(level, numId)
    // A new (a) list also ends any (i) list, so the next (i) starts afresh.
    if (level === 3) state.letteredNum.delete(4)
  }
  return { numId, level }
}
