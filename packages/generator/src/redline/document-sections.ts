import type { Nodes, RootContent } from 'mdast'
import type { PackDocument } from '../pack-tree.js'

/** A stretch of a document to align: a clause (heading with `data.clause`) and what follows it. */
export interface TextSection {
  key: string
  clauseId?: string
  version?: string
  title: string
  heading: string
  paragraphs: string[]
  /** The text with each cross-reference as its clause id, so a renumbering is not a change of text. */
  stable: string
}

/** Plain text of a node on one line; cross-references print their label (or clause id), breaks a space. */
function textOf(node: Nodes, stable = false): string {
  if (node.type === 'text' || node.type === 'inlineCode')
    return node.value.replace(/\s*\n\s*/g, ' ')
  if (node.type === 'crossReference') return stable ? `[${node.clauseId}]` : node.label
  if (node.type === 'break') return ' '
  if ('children' in node)
    return (node.children as Nodes[]).map((child) => textOf(child, stable)).join('')
  return ''
}

const noteLabel = { drafting: 'Drafting note', risk: 'Risk note', notice: 'Notice' } as const

/** One line per paragraph of a block; numbers left out, so a renumbering is not a change of text. */
function linesOf(node: RootContent, stable = false): string[] {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      return [textOf(node, stable)]
    case 'list':
      return node.children.flatMap((item) =>
        item.children.flatMap((child) => linesOf(child, stable)).map((line) => `• ${line}`),
      )
    case 'table':
      return node.children.map((row) =>
        row.children.map((cell) => textOf(cell, stable)).join(' | '),
      )
    case 'blockquote': {
      const lines = node.children.flatMap((child) => linesOf(child, stable))
      const kind = node.data?.note?.kind
      return kind && lines[0] !== undefined
        ? [`${noteLabel[kind]}: ${lines[0]}`, ...lines.slice(1)]
        : lines
    }
    default:
      return []
  }
}

/**
 * Split a pack document into sections: the opening text, then each clause (a heading that
 * carries `data.clause`) or other depth-2 heading with the blocks after it.
 */
export function documentSections(tree: PackDocument): TextSection[] {
  const [, ...body] =
    tree.children[0]?.type === 'heading' && tree.children[0].depth === 1
      ? tree.children
      : [undefined, ...tree.children]
  const sections: TextSection[] = []
  let current: TextSection = {
    key: '#opening',
    title: 'Opening',
    heading: '',
    paragraphs: [],
    stable: '',
  }
  const seen = new Map<string, number>()
  for (const node of body) {
    if (node === undefined) continue
    if (node.type === 'heading' && node.depth === 2) {
      if (current.key !== '#opening' || current.paragraphs.length > 0) sections.push(current)
      const clause = node.data?.clause
      const title = textOf(node)
      const number = node.data?.numbering?.number
      const base = clause ? clause.id : `heading:${title}`
      const count = (seen.get(base) ?? 0) + 1
      seen.set(base, count)
      current = {
        key: count === 1 ? base : `${base}#${count}`,
        ...(clause && { clauseId: clause.id, version: clause.version }),
        title,
        heading: number === undefined ? title : `${number} ${title}`,
        paragraphs: [],
        stable: title,
      }
      continue
    }
    current.paragraphs.push(...linesOf(node).filter((line) => line !== ''))
    current.stable += `\n${linesOf(node, true).join('\n')}`
  }
  if (current.key !== '#opening' || current.paragraphs.length > 0) sections.push(current)
  return sections
}

/**
 * Align two lists of keys: the newer order, with each key only in the older list placed after
 * the key that came before it there.
 *
 * @example
 * alignKeys(['a', 'b', 'c'], ['a', 'c', 'd']) //=> ['a', 'b', 'c', 'd']
 */
export function alignKeys(before: readonly string[], after: readonly string[]): string[] {
  const result = [...after]
  const inAfter = new Set(after)
  before.forEach((key, index) => {
    if (inAfter.has(key)) return
    let at = 0
    for (let previous = index - 1; previous >= 0; previous--) {
      const found = result.indexOf(before[previous] as string)
      if (found >= 0) {
        at = found + 1
        break
      }
    }
    result.splice(at, 0, key)
  })
  return result
}
