/**
 * What the handlers share while one document is converted: the `w:num` instances made so far,
 * where each list stands, bookmark ids, and the comments collected for notes. One state per
 * `toDocx` call; the tree itself is never changed.
 */
import type { Nodes, PhrasingContent } from 'mdast'
import type { NumberingKind } from './numbering.js'
import type { RunFormat } from './xml.js'

export type { RunFormat } from './xml.js'

export interface DocxState {
  /** The pack document id, for error messages. */
  documentId: string
  /** Convert block nodes through their handlers, to `w:p`/`w:tbl` XML. */
  toBlocks: (nodes: readonly Nodes[]) => string
  /** Convert phrasing nodes through their handlers, with inherited formatting, to runs. */
  toRuns: (nodes: readonly PhrasingContent[], format: RunFormat) => string
  /** The abstract list of each `w:num`, by position: `nums[0]` is `w:numId` 1. */
  nums: NumberingKind[]
  /** The `w:numId` of the lettered list at level 3 `(a)` and level 4 `(i)` now running. */
  letteredNum: Map<3 | 4, number>
  /** The list being converted, if any: ordered or not, nesting depth, its `w:numId`. */
  list: { ordered: boolean; depth: number; numId: number } | undefined
  /** The last bookmark id written (ids run 1, 2, 3… in document order). */
  lastBookmark: number
  /** Comment ids (into `comments`) of the drafting and risk notes per clause id. */
  notesByClause: Map<string, number[]>
  /** The `w:comment` elements for `word/comments.xml`, in id order. */
  comments: string[]
}

/** The dispatchers, which `handlers/index.ts` provides (so handlers need not import it). */
export interface Dispatch {
  toBlocks: (nodes: readonly Nodes[], state: DocxState) => string
  toRuns: (nodes: readonly PhrasingContent[], state: DocxState, format: RunFormat) => string
}

/** A fresh state for the document `documentId`: `w:numId` 1 is bullets, 2 the clause list. */
export function createDocxState(documentId: string, dispatch: Dispatch): DocxState {
  const state: DocxState = {
    documentId,
    toBlocks: (nodes) => dispatch.toBlocks(nodes, state),
    toRuns: (nodes, format) => dispatch.toRuns(nodes, state, format),
    nums: ['bullet', 'legal'],
    letteredNum: new Map(),
    list: undefined,
    lastBookmark: 0,
    notesByClause: new Map(),
    comments: [],
  }
  return state
}

/** Start a new `w:num` on the `kind` list, which restarts every level; returns its `w:numId`. */
export function newNum(state: DocxState, kind: NumberingKind): number {
  state.nums.push(kind)
  return state.nums.length
}
