import { type PackDocument, presentDocument } from '@betterforus/generator'
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast'
import { type Schema, sanitize } from 'hast-util-sanitize'
import type { Blockquote } from 'mdast'
import { defaultHandlers, type Handlers, type State, toHast } from 'mdast-util-to-hast'
import { clauseHeadings, linkClauseHeadings } from '../library/link-clause-headings.js'

/**
 * What the preview may hold: the elements the pack's trees make, and no links, images, scripts,
 * styles or event handlers. Answers are only ever text.
 */
export const previewSchema: Schema = {
  strip: ['script', 'style'],
  tagNames: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'strong',
    'em',
    'br',
    'hr',
    'ul',
    'ol',
    'li',
    'blockquote',
    'div',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'code',
    'pre',
  ],
  attributes: {
    div: [['className', 'govuk-inset-text']],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
  },
  protocols: {},
  required: {},
  clobber: [],
  clobberPrefix: '',
  ancestors: {},
}

/**
 * mdast-util-to-hast handlers: a note (a blockquote with `data.note`, already labelled by
 * `presentDocument`) becomes GOV.UK inset text.
 */
export const previewHandlers: Handlers = {
  blockquote(state: State, node: Blockquote) {
    if (!node.data?.note) return defaultHandlers.blockquote(state, node)
    const result: Element = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['govuk-inset-text'] },
      children: state.wrap(state.all(node), true),
    }
    state.patch(node, result)
    return state.applyData(node, result)
  },
}

const GOVUK_CLASSES: Record<string, string> = {
  h1: 'govuk-heading-l',
  h2: 'govuk-heading-m',
  h3: 'govuk-heading-s',
  h4: 'govuk-heading-s',
  p: 'govuk-body',
  ul: 'govuk-list govuk-list--bullet',
  ol: 'govuk-list govuk-list--number',
  table: 'govuk-table',
  thead: 'govuk-table__head',
  tbody: 'govuk-table__body',
  tr: 'govuk-table__row',
  th: 'govuk-table__header',
  td: 'govuk-table__cell',
  hr: 'govuk-section-break govuk-section-break--m govuk-section-break--visible',
}

/**
 * Build the sanitised HTML tree of a pack document for the preview: the tree the Markdown writer
 * writes (`presentDocument`: cover lines, clause numbers, cross-reference labels, labelled notes),
 * notes as GOV.UK inset text,
 * sanitised with a strict allowlist, then given GOV.UK classes (after sanitising, so the classes
 * are ours, never the content's).
 *
 * @param tree A document from `generatePack`.
 * @returns The hast tree.
 */
export function previewTree(tree: PackDocument): HastRoot {
  const presented = presentDocument(tree)
  const hast = toHast(presented, { handlers: previewHandlers }) as HastNodes
  const clean = sanitize(hast, previewSchema) as HastRoot
  addClasses(clean)
  linkClauseHeadings(clean, clauseHeadings(presented))
  return clean
}

/** Give elements their GOV.UK classes (after sanitising, so the classes are ours). */
export function addClasses(node: HastRoot | HastRoot['children'][number]) {
  if (node.type === 'element') {
    const className = GOVUK_CLASSES[node.tagName]
    if (className && node.properties.className === undefined)
      node.properties.className = className.split(' ')
  }
  if ('children' in node)
    for (const child of node.children as HastRoot['children']) addClasses(child)
}
