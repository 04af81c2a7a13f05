/**
 * The map from mdast node type to its DOCX handler, and the two dispatchers the handlers reach
 * through their state: `toBlocks` (block nodes → docx `Paragraph`s and `Table`s) and `toRuns`
 * (phrasing → runs). A node without a handler is a programmer error (the tree builder never makes
 * one), so it throws an Error naming the type and the document, rather than crashing inside docx.
 */
import type { FileChild, ParagraphChild } from 'docx'
import type { Nodes, PhrasingContent } from 'mdast'
import type { DocxState, RunFormat } from '../docx-state.js'
import { blockquote } from './blockquote.js'
import { hardBreak } from './break.js'
import { crossReference } from './cross-reference.js'
import { emphasis } from './emphasis.js'
import { heading } from './heading.js'
import { inlineCode } from './inline-code.js'
import { list } from './list.js'
import { listItem } from './list-item.js'
import { paragraph } from './paragraph.js'
import { strong } from './strong.js'
import { table } from './table.js'
import { text } from './text.js'
import { thematicBreak } from './thematic-break.js'

/** The block node types of a pack tree (table rows and cells are written by `table`). */
export type BlockType =
  | 'blockquote'
  | 'heading'
  | 'list'
  | 'listItem'
  | 'paragraph'
  | 'table'
  | 'thematicBreak'
/** The phrasing node types of a pack tree. */
export type InlineType = 'break' | 'crossReference' | 'emphasis' | 'inlineCode' | 'strong' | 'text'

type NodeOf<Type> = Extract<Nodes, { type: Type }>

// Note: mapped types, so a node type without a handler, or a handler for the wrong node, does
// not compile.
type BlockHandlers = {
  readonly [Type in BlockType]: (node: NodeOf<Type>, state: DocxState) => FileChild[]
}
type InlineHandlers = {
  readonly [Type in InlineType]: (
    node: NodeOf<Type>,
    state: DocxState,
    format: RunFormat,
  ) => ParagraphChild[]
}

/** Block handlers by node type. */
export const blockHandlers: BlockHandlers = {
  blockquote,
  heading,
  list,
  listItem,
  paragraph,
  table,
  thematicBreak,
}

/** Phrasing handlers by node type. */
export const inlineHandlers: InlineHandlers = {
  break: hardBreak,
  crossReference,
  emphasis,
  inlineCode,
  strong,
  text,
}

function unknown(type: string, kind: string, state: DocxState): Error {
  return new Error(
    `Cannot convert mdast node \`${type}\` in document \`${state.documentId}\` to DOCX: there is no ${kind} handler for it (expected one of ${Object.keys(kind === 'block' ? blockHandlers : inlineHandlers).join(', ')}).`,
  )
}

export function toBlocks(nodes: readonly Nodes[], state: DocxState): FileChild[] {
  const out: FileChild[] = []
  for (const node of nodes) {
    const handle = Object.hasOwn(blockHandlers, node.type)
      ? blockHandlers[node.type as BlockType]
      : undefined
    if (handle === undefined) throw unknown(node.type, 'block', state)
    out.push(...(handle as (node: Nodes, state: DocxState) => FileChild[])(node, state))
  }
  return out
}

export function toRuns(
  nodes: readonly PhrasingContent[],
  state: DocxState,
  format: RunFormat,
): ParagraphChild[] {
  const out: ParagraphChild[] = []
  for (const node of nodes) {
    const handle = Object.hasOwn(inlineHandlers, node.type)
      ? inlineHandlers[node.type as InlineType]
      : undefined
    if (handle === undefined) throw unknown(node.type, 'phrasing', state)
    out.push(
      ...(
        handle as (node: PhrasingContent, state: DocxState, format: RunFormat) => ParagraphChild[]
      )(node, state, format),
    )
  }
  return out
}
