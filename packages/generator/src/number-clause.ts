import type { BlockContent, Heading, List, Paragraph, RootContent } from 'mdast'
import { letterNumber, romanNumber } from './list-numbers.js'
import type { ClauseMark, Numbering } from './pack-tree.js'

/**
 * Number a clause: its heading `3`, each body paragraph `3.1`, a `##` sub-heading `3.2` with
 * paragraphs `3.2.1` beneath it, numbered list items `(a)` and nested ones `(i)`. Numbers are
 * computed here, after conditional text has dropped out, so they never leave gaps.
 *
 * @param number The clause's number in its document.
 * @param title The clause's heading text.
 * @param clause The clause's id, version and bookmark.
 * @param body The clause body's blocks, answers already in as text.
 * @returns The numbered blocks, heading first.
 */
export function numberClause(
  number: number,
  title: string,
  clause: ClauseMark,
  body: RootContent[],
): BlockContent[] {
  const heading: Heading = {
    type: 'heading',
    depth: 2,
    children: [{ type: 'text', value: title }],
    data: { numbering: { level: 0, number: String(number) }, clause },
  }
  const out: BlockContent[] = [heading]
  let sub = 0
  let subSub = 0
  let underSubHeading = false
  let lastNumber = String(number)

  const numbered = (paragraph: Paragraph, numbering: Numbering): Paragraph => ({
    ...paragraph,
    data: { ...paragraph.data, numbering },
  })
  const items = (list: List, level: 3 | 4) => {
    list.children.forEach((item, index) => {
      const label = level === 3 ? letterNumber(index + 1) : romanNumber(index + 1)
      let first = true
      for (const child of item.children) {
        if (child.type === 'paragraph' && first) {
          out.push(numbered(child, { level, number: label, ...(index === 0 && { restart: true }) }))
          first = false
        } else if (child.type === 'list' && child.ordered) {
          items(child, 4)
        } else out.push(child as BlockContent)
      }
    })
  }

  for (const block of body) {
    if (block.type === 'heading') {
      sub += 1
      subSub = 0
      underSubHeading = true
      lastNumber = `${number}.${sub}`
      out.push({ ...block, depth: 3, data: { numbering: { level: 1, number: lastNumber } } })
    } else if (block.type === 'paragraph') {
      if (underSubHeading) {
        subSub += 1
        lastNumber = `${number}.${sub}.${subSub}`
        out.push(numbered(block, { level: 2, number: lastNumber }))
      } else {
        sub += 1
        lastNumber = `${number}.${sub}`
        out.push(numbered(block, { level: 1, number: lastNumber }))
      }
    } else if (block.type === 'list' && block.ordered) {
      items(block, 3)
    } else if (block.type === 'list' || block.type === 'table') {
      out.push(block)
    } else {
      throw new Error(
        `A clause body may hold paragraphs, \`##\` sub-headings, lists and tables, not a ${block.type} (clause ${clause.id}, after ${lastNumber})`,
      )
    }
  }
  return out
}
