import type { Nodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTable } from 'micromark-extension-gfm-table'
import { stripFrontMatter } from './markdown-text.js'

/** A document's Markdown as structure and text, to compare two renderings of it. */
export interface MarkdownOutline {
  /** Every node but text, in document order: its type, and a heading's depth or a list's kind. */
  shape: string[]
  /** The text of each top-level block: text, code and HTML as parsed, a hard break as `\n`. */
  blocks: string[]
}

function nodeName(node: Nodes): string {
  if (node.type === 'heading') return `heading${node.depth}`
  if (node.type === 'list') return node.ordered ? 'list(ordered)' : 'list'
  return node.type
}

function leaves(node: Nodes): string {
  if (node.type === 'break') return '\n'
  if ('value' in node) return node.value
  if ('children' in node) return node.children.map((child) => leaves(child as Nodes)).join('')
  return ''
}

/**
 * Parse a pack document's Markdown (front matter stripped) with the generator's options:
 * CommonMark and GFM tables, nothing else.
 */
export function markdownOutline(markdown: string): MarkdownOutline {
  const tree = fromMarkdown(stripFrontMatter(markdown), {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  })
  const shape: string[] = []
  const walk = (node: Nodes) => {
    if (node.type !== 'text') shape.push(nodeName(node))
    if ('children' in node) for (const child of node.children) walk(child as Nodes)
  }
  walk(tree)
  return { shape, blocks: tree.children.map((child) => leaves(child)) }
}
