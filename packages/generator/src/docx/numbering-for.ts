/**
 * The `w:numPr` of a numbered block: which `w:num` (docx `instance`) of the legal list, at which
 * `w:ilvl`. Clause headings and sub-clauses (levels 0–2) share instance 0, so clauses run 1, 2, 3
 * and `2.1` restarts under clause 2. Each lettered list (level 3 `(a)`, level 4 `(i)`) that
 * `restart`s gets a new instance: a new `w:num` whose `w:startOverride` starts it at (a) or (i).
 *
 * ```xml
 * <w:numPr><w:ilvl w:val="3"/><w:numId w:val="4"/></w:numPr>
 * ```
 */
import type { Numbering } from '../pack-tree.js'
import type { DocxState } from './docx-state.js'
import { CLAUSE_INSTANCE, LEGAL } from './numbering.js'

export interface NumberingProps {
  reference: string
  level: number
  instance: number
  /** Keep docx from adding the ListParagraph style: the level's indents are the list's. */
  custom: true
}

export function numberingFor(numbering: Numbering, state: DocxState): NumberingProps {
  const { level } = numbering
  if (level !== 3 && level !== 4)
    return { reference: LEGAL, level, instance: CLAUSE_INSTANCE, custom: true }
  let instance = state.letteredInstance.get(level)
  // Note: a lettered item without a list to continue starts one, whatever `restart` says.
  if (numbering.restart === true || instance === undefined) {
    state.lastInstance += 1
    instance = state.lastInstance
    state.letteredInstance.set(level, instance)
    // A new (a) list also ends any (i) list, so the next (i) starts afresh.
    if (level === 3) state.letteredInstance.delete(4)
  }
  return { reference: LEGAL, level, instance, custom: true }
}
