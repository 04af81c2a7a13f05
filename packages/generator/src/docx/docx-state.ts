/**
 * What the handlers share while one document is converted: where each list stands, the `w:num`
 * instances made so far, and the comments collected for notes. One state per `toDocx` call; the
 * tree itself is never changed.
 */
import type { FileChild, ICommentOptions, ParagraphChild } from 'docx'
import type { Nodes, PhrasingContent } from 'mdast'

/** The run formatting inherited from `strong` and `emphasis` ancestors, and a few of our own. */
export interface RunFormat {
  bold?: true
  italics?: true
  /** A font for this run only (inline code). */
  font?: string
  /** Size in half-points. */
  size?: number
  /** Right-to-left run (`w:rtl`). */
  rightToLeft?: true
}

export interface DocxState {
  /** The pack document id, for error messages. */
  documentId: string
  /** Convert block nodes through their handlers. */
  toBlocks: (nodes: readonly Nodes[]) => FileChild[]
  /** Convert phrasing nodes through their handlers, with inherited formatting. */
  toRuns: (nodes: readonly PhrasingContent[], format: RunFormat) => ParagraphChild[]
  /** The last `w:num` instance used for the legal list; 0 is clause headings and sub-clauses. */
  lastInstance: number
  /** The current instance of the lettered list at level 3 `(a)` and level 4 `(i)`. */
  letteredInstance: Map<3 | 4, number>
  /** The last instance of the plain ordered list. */
  lastOrderedInstance: number
  /** The ordered-list instance and nesting of the list being converted, if any. */
  list: { ordered: boolean; depth: number; instance: number } | undefined
  /** Comment ids (into `comments`) of the drafting and risk notes per clause id. */
  notesByClause: Map<string, number[]>
  /** The Word comments to write to `word/comments.xml`, in id order. */
  comments: ICommentOptions[]
}

/** The dispatchers, which `handlers/index.ts` provides (so handlers need not import it). */
export interface Dispatch {
  toBlocks: (nodes: readonly Nodes[], state: DocxState) => FileChild[]
  toRuns: (
    nodes: readonly PhrasingContent[],
    state: DocxState,
    format: RunFormat,
  ) => ParagraphChild[]
}

/** A fresh state for the document `documentId`. */
export function createDocxState(documentId: string, dispatch: Dispatch): DocxState {
  const state: DocxState = {
    documentId,
    toBlocks: (nodes) => dispatch.toBlocks(nodes, state),
    toRuns: (nodes, format) => dispatch.toRuns(nodes, state, format),
    lastInstance: 0,
    letteredInstance: new Map(),
    lastOrderedInstance: 0,
    list: undefined,
    notesByClause: new Map(),
    comments: [],
  }
  return state
}
