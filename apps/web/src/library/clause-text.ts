import {
  type CatalogData,
  type Regime,
  renderTemplate,
  SLOT_CLOSE,
  SLOT_OPEN,
  type Slot,
  type Template,
} from '@betterforus/clauses'
import type { Questionnaire } from '@betterforus/questionnaire'
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast'
import { type Schema, sanitize } from 'hast-util-sanitize'
import type { Nodes, PhrasingContent, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { toHast } from 'mdast-util-to-hast'
import { gfmTable } from 'micromark-extension-gfm-table'
import { addClasses, previewHandlers, previewSchema } from '../app/preview-tree.js'
import { fieldLabel, fieldOfValue, type PlaceholderAnswers } from './placeholder-answers.js'

/** The preview's allowlist, plus marked fields, dated data and links to other clauses' pages. */
const schema: Schema = {
  ...previewSchema,
  tagNames: [...(previewSchema.tagNames ?? []), 'span', 'a'],
  attributes: {
    ...previewSchema.attributes,
    span: [['className', 'app-field', 'app-data']],
    a: ['href', ['className', 'govuk-link']],
  },
  // Note: no protocol is allowed, so only in-page links (`#/library/…`) survive.
  protocols: { href: [] },
}

const slotPattern = new RegExp(`${SLOT_OPEN}(\\d+)${SLOT_CLOSE}`, 'g')

/** A clause's text as the library shows it, and the questions whose answers it prints. */
export interface ClauseText {
  tree: HastRoot
  fields: string[]
}

function span(className: string, value: string): PhrasingContent {
  return {
    type: 'emphasis',
    data: { hName: 'span', hProperties: { className: [className] } },
    children: [{ type: 'text', value }],
  }
}

function expand(
  value: string,
  slots: Slot[],
  placeholders: PlaceholderAnswers,
  titleOf: (clauseId: string) => string,
  fields: Set<string>,
): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let last = 0
  for (const match of value.matchAll(slotPattern)) {
    if (match.index > last) out.push({ type: 'text', value: value.slice(last, match.index) })
    const slot = slots[Number(match[1])]
    if (slot?.kind === 'ref') {
      out.push({
        type: 'link',
        url: `#/library/${slot.clauseId}`,
        data: { hProperties: { className: ['govuk-link'] } },
        children: [{ type: 'text', value: `[${titleOf(slot.clauseId)}]` }],
      })
    } else if (slot) {
      const field = fieldOfValue(slot.value, placeholders.fieldOf)
      if (field) fields.add(field)
      // Note: a field keeps its label; a helper's output (a rate, a date, a threshold) is data.
      out.push(field ? span('app-field', fieldLabel(field)) : span('app-data', slot.value))
    }
    last = match.index + match[0].length
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) })
  return out
}

function fill(node: Nodes, replace: (value: string) => PhrasingContent[]): void {
  if (!('children' in node)) return
  const children = node.children as Nodes[]
  for (let index = 0; index < children.length; index++) {
    const child = children[index] as Nodes
    if (child.type === 'text' && child.value.includes(SLOT_OPEN)) {
      const parts = replace(child.value)
      children.splice(index, 1, ...parts)
      index += parts.length - 1
    } else fill(child, replace)
  }
}

function demoteHeadings(node: Nodes): void {
  if (node.type === 'heading') node.depth = Math.min(6, node.depth + 2) as typeof node.depth
  if ('children' in node) for (const child of node.children) demoteHeadings(child)
}

/**
 * Render a clause's template for one regime with stand-in answers (`placeholderAnswers`), by the
 * same `renderTemplate` the generator uses: answers show as marked fields, rates and thresholds as
 * the dated data in force, cross-references as links to the clause they name. Parsed after
 * rendering, so no stand-in can change the Markdown's structure, and sanitised as the preview is.
 */
export function renderClauseText(
  template: Template,
  input: {
    questionnaire: Questionnaire
    regime: Regime
    data: CatalogData
    placeholders: PlaceholderAnswers
    titleOf: (clauseId: string) => string
  },
): ClauseText {
  const rendered = renderTemplate(template, {
    questionnaire: input.questionnaire,
    answers: input.placeholders.answers,
    regime: input.regime,
    data: input.data,
  })
  const mdast: Root = fromMarkdown(rendered.markdown, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  })
  // Note: the page's own headings are h1 to h3; a clause's `##` sections sit under them.
  demoteHeadings(mdast)
  const fields = new Set<string>()
  fill(mdast, (value) => expand(value, rendered.slots, input.placeholders, input.titleOf, fields))
  const hast = toHast(mdast, { handlers: previewHandlers }) as HastNodes
  const tree = sanitize(hast, schema) as HastRoot
  addClasses(tree)
  return { tree, fields: [...fields] }
}

/** The plain text of a rendered clause, for the index's search. */
export function textOf(node: HastRoot | Element | HastRoot['children'][number]): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return node.children.map((child) => textOf(child)).join(' ')
  return ''
}

/**
 * A clause's text for the index's search: rendered as `renderClauseText` renders it, with each
 * placeholder replaced by what it shows, but not parsed (Markdown marks do not hinder a word
 * search, and parsing every clause made the index slow to open).
 */
export function searchTextOf(
  template: Template,
  input: Parameters<typeof renderClauseText>[1],
): string {
  const rendered = renderTemplate(template, {
    questionnaire: input.questionnaire,
    answers: input.placeholders.answers,
    regime: input.regime,
    data: input.data,
  })
  return rendered.markdown.replace(slotPattern, (_, index: string) => {
    const slot = rendered.slots[Number(index)]
    if (!slot) return ''
    if (slot.kind === 'ref') return `[${input.titleOf(slot.clauseId)}]`
    const field = fieldOfValue(slot.value, input.placeholders.fieldOf)
    return field ? fieldLabel(field) : slot.value
  })
}
