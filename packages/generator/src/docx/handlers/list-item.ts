/**
 * `listItem` → its first paragraph with the list's bullet or number, later paragraphs indented
 * to the item's text, nested lists one level deeper:
 *
 * ```xml
 * <w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>…</w:p>
 * ```
 */
import { type FileChild, Paragraph } from 'docx'
import type { ListItem } from 'mdast'
import type { DocxState } from '../docx-state.js'
import { HANGING, ORDERED } from '../numbering.js'

export function listItem(node: ListItem, state: DocxState): FileChild[] {
  const list = state.list
  if (list === undefined) {
    throw new Error(
      `Cannot convert a \`listItem\` outside a \`list\` in document \`${state.documentId}\`: the tree builder should put every item in a list.`,
    )
  }
  const marker = list.ordered
    ? { numbering: { reference: ORDERED, level: list.depth, instance: list.instance } }
    : { bullet: { level: list.depth } }
  return node.children.flatMap((child, index) => {
    if (child.type !== 'paragraph') return state.toBlocks([child])
    const props = index === 0 ? marker : { indent: { left: HANGING * (list.depth + 1) } }
    return [new Paragraph({ ...props, children: state.toRuns(child.children, {}) })]
  })
}
