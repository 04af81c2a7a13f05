/**
 * `listItem` → its first paragraph with the list's bullet or number, later paragraphs indented
 * to the item's text, nested lists one level deeper:
 *
 * ```xml
 * <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>…</w:p>
 * ```
 */
import type { ListItem } from 'mdast'
import type { DocxState } from '../docx-state.js'
import { HANGING } from '../numbering.js'
import { paragraphXml } from '../xml.js'

export function listItem(node: ListItem, state: DocxState): string {
  const list = state.list
  if (list === undefined) {
    throw new Error(
      `Cannot convert a \`listItem\` outside a \`list\` in document \`${state.documentId}\`: the tree builder should put every item in a list.`,
    )
  }
  let xml = ''
  node.children.forEach((child, index) => {
    if (child.type !== 'paragraph') {
      xml += state.toBlocks([child])
      return
    }
    const props =
      index === 0
        ? { numbering: { numId: list.numId, level: list.depth } }
        : { indentLeft: HANGING * (list.depth + 1) }
    xml += paragraphXml(props, state.toRuns(child.children, {}))
  })
  return xml
}
