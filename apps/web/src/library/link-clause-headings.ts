import type { Element, Root as HastRoot } from 'hast'
import type { Root } from 'mdast'

const HEADING = /^h[1-6]$/

/** The clause id of each heading of a Markdown tree, in document order (`undefined`: not a clause). */
export function clauseHeadings(tree: Root): Array<string | undefined> {
  const ids: Array<string | undefined> = []
  const walk = (node: Root | Root['children'][number]) => {
    if (node.type === 'heading') ids.push(node.data?.clause?.id)
    if ('children' in node)
      for (const child of node.children) walk(child as Root['children'][number])
  }
  walk(tree)
  return ids
}

/**
 * Link each clause heading of a sanitised preview to the clause's page in the library
 * (`#/library/<id>`). Added after sanitising, so the only links are these, built from clause ids.
 *
 * @param tree The sanitised hast tree.
 * @param ids `clauseHeadings` of the Markdown tree it was made from: headings map one to one.
 */
export function linkClauseHeadings(tree: HastRoot, ids: ReadonlyArray<string | undefined>): void {
  let index = 0
  const walk = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (HEADING.test(child.tagName)) {
        const id = ids[index++]
        if (id !== undefined)
          child.children = [
            {
              type: 'element',
              tagName: 'a',
              properties: {
                href: `#/library/${encodeURIComponent(id)}`,
                className: ['govuk-link'],
              },
              children: child.children,
            },
          ]
      } else walk(child)
    }
  }
  walk(tree)
}
