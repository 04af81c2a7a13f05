import { type RenderedTemplate, SLOT_CLOSE, SLOT_OPEN, type Slot } from '@betterforus/clauses'
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { fromMarkdownOptions } from './markdown-options.js'

/** Resolves a `{{ref}}` slot to the cross-reference node that prints the clause's number. */
export type ResolveRef = (clauseId: string) => PhrasingContent

const slotPattern = new RegExp(`${SLOT_OPEN}(\\d+)${SLOT_CLOSE}`, 'g')

/** An answer's text as phrasing: text nodes with a `break` for every line break (F7). */
function textWithBreaks(value: string): PhrasingContent[] {
  return value.split('\n').flatMap((line, index): PhrasingContent[] => {
    const text: PhrasingContent = { type: 'text', value: line }
    return index === 0 ? [text] : [{ type: 'break' }, text]
  })
}

function expandSlots(value: string, slots: Slot[], resolveRef: ResolveRef): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let last = 0
  for (const match of value.matchAll(slotPattern)) {
    if (match.index > last) out.push({ type: 'text', value: value.slice(last, match.index) })
    const slot = slots[Number(match[1])]
    if (!slot) throw new RangeError(`Unknown placeholder ${match[1]}`)
    out.push(...(slot.kind === 'ref' ? [resolveRef(slot.clauseId)] : textWithBreaks(slot.value)))
    last = match.index + match[0].length
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) })
  return out
}

/** Parsed templates by their rendered Markdown: most renders repeat, as answers change one by one. */
const parsed = new Map<string, Root>()
const MAX_PARSED = 2000

/** Parse rendered Markdown once; later renders with the same text share the (unchanged) tree. */
function parseOnce(markdown: string): Root {
  const known = parsed.get(markdown)
  if (known) {
    parsed.delete(markdown)
    parsed.set(markdown, known)
    return known
  }
  const tree = fromMarkdown(markdown, fromMarkdownOptions)
  check(tree)
  parsed.set(markdown, tree)
  if (parsed.size > MAX_PARSED) parsed.delete(parsed.keys().next().value as string)
  return tree
}

/**
 * Parse a rendered template and put each answer in as text nodes, after the Markdown structure is
 * fixed: an answer such as `# x` or `[a](javascript:b)` stays literal text (F9, F10).
 *
 * @param rendered Markdown with placeholders, and what they stand for.
 * @param resolveRef Makes the node for a cross-reference.
 * @returns The block nodes of the template: new nodes, never shared with another call.
 * @throws {Error} When a placeholder sits outside text, such as in a link address: a template bug.
 */
export function parseRendered(rendered: RenderedTemplate, resolveRef: ResolveRef): RootContent[] {
  const tree = parseOnce(rendered.markdown)
  return tree.children.map((child) => fill(child, rendered.slots, resolveRef) as RootContent)
}

/** Refuse raw HTML, and placeholders anywhere but in text (both can only come from a template). */
function check(node: Nodes): void {
  if (node.type === 'html') {
    throw new Error(`Templates may not hold raw HTML: \`${node.value.slice(0, 60)}\``)
  }
  for (const key of ['value', 'url', 'title', 'alt'] as const) {
    const field = (node as unknown as Record<string, unknown>)[key]
    if (node.type !== 'text' && typeof field === 'string' && field.includes(SLOT_OPEN)) {
      throw new Error(
        `An answer or helper sits in a ${node.type} ${key}: templates may print answers only in text`,
      )
    }
  }
  if ('children' in node) for (const child of node.children) check(child)
}

/** A copy of a parsed node with its placeholders filled; the parsed tree is left as it was. */
function fill(node: Nodes, slots: Slot[], resolveRef: ResolveRef): Nodes {
  if (!('children' in node)) return { ...node }
  const children: Nodes[] = []
  for (const child of node.children) {
    if (child.type === 'text' && child.value.includes(SLOT_OPEN)) {
      children.push(...expandSlots(child.value, slots, resolveRef))
    } else children.push(fill(child, slots, resolveRef))
  }
  return { ...node, children } as Nodes
}
