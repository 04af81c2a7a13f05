import {
  type Catalog,
  DEFINITIONS_CLAUSE,
  findTerms,
  SLOT_CLOSE,
  SLOT_OPEN,
} from '@betterforus/clauses'
import type { RootContent, Table } from 'mdast'
import { toString as textOf } from 'mdast-util-to-string'
import type { PackDocument } from '../pack-tree.js'

/** One broken check in a rendered document. */
export interface DocumentProblem {
  ruleId:
    | 'empty-document'
    | 'empty-section'
    | 'empty-list'
    | 'empty-table'
    | 'undefined-term'
    | 'weightings-total'
    | 'leftover-placeholder'
  /** The clause the problem is in, if it is in one. */
  clause?: string
  message: string
}

/** Text that must never reach a document: template syntax, placeholders, unprinted values. */
const LEFTOVER = new RegExp(
  `\\{\\{|\\}\\}|[${SLOT_OPEN}${SLOT_CLOSE}]|\\[object Object\\]|(?<![\\w-])(?:undefined|NaN)(?![\\w-])`,
)
const PERCENT = /^(\d+(?:\.\d+)?)\s*(?:%|per cent)$/

const isNote = (node: RootContent) => node.type === 'blockquote' && node.data?.note !== undefined
const isClauseHeading = (node: RootContent | undefined) =>
  node?.type === 'heading' && node.data?.clause !== undefined
/** Whether a lead-in such as "as follows:" has nothing after it: a heading, or the end. */
const endsASection = (node: RootContent | undefined) =>
  node === undefined || node.type === 'heading'

/**
 * Check one rendered pack document: it has a clause (unless it `may_be_empty`); no clause, sub-heading, list or table is
 * empty; every defined term its text uses is in its Definitions clause; weightings add up to
 * 100; and no template syntax, placeholder or unprinted value is left in its Markdown.
 *
 * @param tree The document from `generatePack` (drafter copy).
 * @param markdown The same document from `toMarkdownDocument`.
 * @param catalog The catalog it was made from (for the glossary).
 */
export function checkDocument(
  tree: PackDocument,
  markdown: string,
  catalog: Catalog,
): DocumentProblem[] {
  const problems: DocumentProblem[] = []
  const blocks = tree.children.filter((node) => !isNote(node))
  const clauses = blocks.filter(isClauseHeading)
  if (
    catalog.documents.find((document) => document.meta.id === tree.data.id)?.meta.kind !== 'memo' &&
    !clauses.some((node) => node.type === 'heading' && node.data?.clause?.id !== DEFINITIONS_CLAUSE)
  ) {
    problems.push({ ruleId: 'empty-document', message: 'the document has no clause' })
  }

  let clause: string | undefined
  const defined = new Set<string>()
  let text = ''
  blocks.forEach((node, index) => {
    const next = blocks[index + 1]
    if (node.type === 'heading') {
      if (node.data?.clause) clause = node.data.clause.id
      // Note: a heading needs text before the next heading at its level or above.
      const nextIsHeading =
        next === undefined || (next.type === 'heading' && next.depth <= node.depth)
      if (node.depth > 1 && nextIsHeading) {
        const what = node.data?.clause ? 'the clause' : `the heading "${textOf(node)}"`
        problems.push({
          ruleId: 'empty-section',
          ...(clause !== undefined && { clause }),
          message: `${what} has no text under it`,
        })
      }
      return
    }
    const where = clause === undefined ? {} : { clause }
    const words = textOf(node)
    if (node.type === 'paragraph' && words.trim() === '')
      problems.push({ ruleId: 'empty-section', ...where, message: 'a paragraph has no text' })
    if (node.type === 'paragraph' && words.trim().endsWith(':') && endsASection(next))
      problems.push({
        ruleId: 'empty-list',
        ...where,
        message: `"${words.trim().slice(-60)}" introduces a list, but no item follows`,
      })
    if (node.type === 'list' && node.children.every((item) => textOf(item).trim() === ''))
      problems.push({ ruleId: 'empty-list', ...where, message: 'a list has no item' })
    if (node.type === 'table') problems.push(...checkTable(node, where))
    if (clause === DEFINITIONS_CLAUSE && node.type === 'paragraph') {
      const first = node.children[0]
      if (first?.type === 'strong') defined.add(textOf(first))
    }
    if (index > 0) text += `${words}\n`
    const leftover = LEFTOVER.exec(words)
    if (leftover) problems.push(leftoverProblem(leftover, words, where))
  })

  if (
    clauses.some((node) => node.type === 'heading' && node.data?.clause?.id === DEFINITIONS_CLAUSE)
  ) {
    const terms = catalog.glossary.map((entry) => entry.term)
    for (const term of findTerms(text, terms)) {
      if (!defined.has(term))
        problems.push({
          ruleId: 'undefined-term',
          message: `the text uses the defined term "${term}", but the Definitions clause does not define it`,
        })
    }
  }

  // Note: the Markdown adds the title, cover and notes to the blocks checked above.
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
  const leftover = LEFTOVER.exec(body)
  if (leftover && !problems.some((problem) => problem.ruleId === 'leftover-placeholder'))
    problems.push(leftoverProblem(leftover, body, {}))
  return problems
}

function leftoverProblem(
  found: RegExpExecArray,
  text: string,
  where: { clause?: string },
): DocumentProblem {
  const around = text.slice(Math.max(0, found.index - 40), found.index + 40).replace(/\s+/g, ' ')
  return {
    ruleId: 'leftover-placeholder',
    ...where,
    message: `the text holds \`${found[0]}\`: "${around}"`,
  }
}

/** A table needs rows, and a weighting column's percentages must make up the whole score. */
function checkTable(table: Table, where: { clause?: string }): DocumentProblem[] {
  const [header, ...rows] = table.children
  if (!header || rows.length === 0 || rows.every((row) => textOf(row).trim() === ''))
    return [{ ruleId: 'empty-table', ...where, message: 'a table has no row under its header' }]
  const column = header.children.findIndex((cell) => /weighting/i.test(textOf(cell)))
  if (column < 0) return []
  let total = 0
  let rest = false
  for (const row of rows) {
    const cell = textOf(row.children[column] ?? { type: 'text', value: '' }).trim()
    const percent = PERCENT.exec(cell)
    if (percent) total += Number(percent[1])
    else rest = true
  }
  if (total > 100 || (!rest && total !== 100)) {
    const expected = rest ? 'at most 100, the rest going to the other criteria' : 'exactly 100'
    return [
      {
        ruleId: 'weightings-total',
        ...where,
        message: `the weightings add up to ${total} per cent; they must add up to ${expected}`,
      },
    ]
  }
  return []
}
