/**
 * `listItem` → its first paragraph with the list's bullet or number, later paragraphs indented
 * to the item's text, nested lists one level deeper:
 *
 * ```xml
 * <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>…</w:p>
 * ```
 */
import { type FileChild, Paragraph } from 'docx'
import type { ListItem } from 'mdast'
import type { DocxState } from '../docx-state.js'
import { BULLET, HANGING, ORDERED } from '../numbering.js'

export function listItem(node: ListItem, state: DocxState): FileChild[] {
  const list = state.list
  if (list === undefined) {
    throw new Error(
      `Cannot convert a \`listItem\` outside a \`list\` in document \`${state.documentId}\`: the tree builder should put every item in a list.`,
    )
  }
  const marker = {
    numbering: list.ordered
      ? { reference: ORDERED, level: list.depth, instance: list.instance, custom: true }
      : { reference: BULLET, level: list.depth, custom: true },
  }
  const out: FileChild[] = []
  node.children.forEach((child, index) => {
    if (child.type !== 'paragraph') {
      out.push(...state.toBlocks([child]))
      return
    }
    const props = index === 0 ? marker : { indent: { left: HANGING * (list.depth + 1) } }
    out.push(new Paragraph({ ...props, children: state.toRuns(child.children, {}) }))
  })
  return out
}
