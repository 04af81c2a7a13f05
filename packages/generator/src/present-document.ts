import type { Blockquote, PhrasingContent, Root, RootContent } from 'mdast'
import { coverParagraphs } from './cover-lines.js'
import { clauseNumberPrefix, NOTE_LABEL } from './note-label.js'
import type { PackDocument } from './pack-tree.js'

/** Write clause numbers out as text and cross-references as their labels. */
function plain(node: RootContent): RootContent {
  if (node.type === 'crossReference') return { type: 'text', value: node.label }
  if (node.type === 'blockquote' && node.data?.note) return labelNote(node)
  if ('children' in node) {
    const children = (node.children as RootContent[]).map(plain)
    const numbering = (node.type === 'heading' || node.type === 'paragraph') && node.data?.numbering
    if (numbering) children.unshift({ type: 'text', value: clauseNumberPrefix(numbering) })
    return { ...node, children: joinTexts(children) } as RootContent
  }
  return node
}

/**
 * Join neighbouring text nodes into one. Note: the stringifier escapes each text node against
 * every construct it could start, so one node per run of text (not one per answer and per
 * template fragment) keeps that cost down; the characters, and so the escaping, are the same.
 */
function joinTexts(children: RootContent[]): RootContent[] {
  const joined: RootContent[] = []
  for (const child of children) {
    const last = joined.at(-1)
    if (child.type === 'text' && last?.type === 'text')
      joined[joined.length - 1] = { type: 'text', value: last.value + child.value }
    else joined.push(child)
  }
  return joined
}

function labelNote(node: Blockquote): Blockquote {
  const kind = node.data?.note?.kind
  const label = kind === 'drafting' || kind === 'risk' ? NOTE_LABEL[kind] : undefined
  const [first, ...rest] = node.children.map(plain) as Blockquote['children']
  if (!label || first?.type !== 'paragraph')
    return { ...node, children: [first, ...rest].filter(Boolean) as Blockquote['children'] }
  const strong: PhrasingContent = {
    type: 'strong',
    children: [{ type: 'text', value: `${label}:` }],
  }
  return {
    ...node,
    children: [
      { ...first, children: [strong, { type: 'text', value: ' ' }, ...first.children] },
      ...rest,
    ],
  }
}

/**
 * The one presentation step before a writer with no numbering or comments of its own (the
 * Markdown writer, the web preview): the title, the cover lines, then the body with clause
 * numbers written out, cross-references as their labels and each note opened by its bold label.
 * A note stays a blockquote with `data.note`, so a writer may still set it apart.
 *
 * @param tree A document from `generatePack`.
 * @returns A plain mdast root; the tree is not changed.
 */
export function presentDocument(tree: PackDocument): Root {
  const [title, ...rest] = tree.children
  return {
    type: 'root',
    children: [...(title ? [plain(title)] : []), ...coverParagraphs(tree.data), ...rest.map(plain)],
  }
}
