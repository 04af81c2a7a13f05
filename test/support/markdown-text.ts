import type { Nodes, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTable } from 'micromark-extension-gfm-table'

/** What a block of a pack document's Markdown is. */
export type BlockKind = 'title' | 'heading' | 'paragraph' | 'table' | 'notice' | 'note'

/** One block of text of a pack document, in document order. */
export interface MarkdownBlock {
  kind: BlockKind
  /** The text; a hard break (`break` node) is `\n`, a soft line break is a space. */
  text: string
  /** For a table: the text of each cell, row by row (header row first). */
  rows?: string[][]
  /** The number of the clause or paragraph this block is in (`2.3.1`, `(a)` under it): for messages. */
  context: string
  /** For a note: `Drafting note` or `Risk note`. */
  label?: string
  /** Whether the block's Markdown contains a `break` node. */
  hasBreak: boolean
}

/** Leading clause and list numbers as the generator writes them: `2`, `2.3.1`, `(a)`, `(iv)`. */
export const writtenNumber = /^(?:\d+(?:\.\d+)*|\([a-z]+\))(?=\s)/

const noteLabel = /^(Drafting note|Risk note):/

/** The Markdown without its YAML front matter (provenance, not document text). */
export function stripFrontMatter(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
}

/** The YAML front matter's `key: value` lines (top level, scalars only). */
export function frontMatter(markdown: string): Record<string, string> {
  const yaml = /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? ''
  return Object.fromEntries(
    [...yaml.matchAll(/^(\w+): (.+)$/gm)].map(([, key, value]) => [
      key,
      value?.replace(/^"(.*)"$/, '$1'),
    ]),
  )
}

/**
 * The plain text of a node: text and inline code as written, a hard break as `\n`, a soft line
 * break (a `\n` inside a text node) as a space, as CommonMark renders it.
 */
export function nodeText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value.replace(/\n/g, ' ')
  if (node.type === 'break') return '\n'
  if ('children' in node) {
    const separator = ['list', 'listItem', 'blockquote', 'root'].includes(node.type) ? ' ' : ''
    return node.children.map((child) => nodeText(child as Nodes)).join(separator)
  }
  return ''
}

const hasBreak = (node: Nodes): boolean =>
  node.type === 'break' ||
  ('children' in node && node.children.some((child) => hasBreak(child as Nodes)))

/**
 * The blocks of a pack document's Markdown (front matter stripped), parsed with
 * mdast-util-from-markdown and the GFM table extension: the title, headings, paragraphs, tables,
 * the notice (a plain block quote) and the notes (block quotes that start `Drafting note:` or
 * `Risk note:`, one block per note).
 */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const tree = fromMarkdown(stripFrontMatter(markdown), {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  })
  const blocks: MarkdownBlock[] = []
  let context = '(before clause 1)'
  const add = (kind: BlockKind, node: Nodes, extra: Partial<MarkdownBlock> = {}) => {
    const text = nodeText(node)
    const number = writtenNumber.exec(text)?.[0]
    if (number !== undefined && (kind === 'heading' || kind === 'paragraph')) {
      context = number.startsWith('(') ? `${context.replace(/ \(.*$/, '')} ${number}` : number
    }
    blocks.push({ kind, text, context, hasBreak: hasBreak(node), ...extra })
  }
  const visit = (node: RootContent) => {
    switch (node.type) {
      case 'heading':
        add(node.depth === 1 ? 'title' : 'heading', node)
        return
      case 'paragraph':
        add('paragraph', node)
        return
      case 'table':
        add('table', node, {
          rows: node.children.map((row) => row.children.map((cell) => nodeText(cell))),
        })
        return
      case 'blockquote': {
        const label = noteLabel.exec(nodeText(node))?.[1]
        if (label !== undefined) add('note', node, { label })
        else for (const child of node.children) add('notice', child)
        return
      }
      case 'list':
        for (const item of node.children) for (const child of item.children) visit(child)
        return
      default:
        throw new Error(`markdownBlocks: no rule for a ${node.type} node at the top level`)
    }
  }
  for (const node of tree.children) visit(node)
  return blocks
}
