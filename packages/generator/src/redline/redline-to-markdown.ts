/**
 * Write a redline as Markdown with CriticMarkup: `{++inserted++}` and `{--deleted--}`
 * (https://criticmarkup.com). The redline becomes an mdast tree written by
 * `mdast-util-to-markdown` with the packs' options, so escaping is the serializer's: an answer
 * such as `# x` stays text. A library redline shows template source as it is.
 */
import type { Heading, Nodes, Paragraph, PhrasingContent, Root, Table, TableRow } from 'mdast'
import { type Handle, type Handlers, toMarkdown, type Unsafe } from 'mdast-util-to-markdown'
import { toMarkdownOptions } from '../markdown-options.js'
import type { Change, ChangedParagraph, RedlineDocument, RedlineSummary } from './redline-types.js'

/** An insertion or deletion: CriticMarkup, which mdast has no node for. */
interface CriticMark {
  type: 'criticInsert' | 'criticDelete'
  children: RedlinePhrasing[]
}

/** Template source of a library redline, written as it is. */
interface SourceText {
  type: 'sourceText'
  value: string
}

type RedlinePhrasing = PhrasingContent | CriticMark | SourceText

/** The marks around each kind of change. */
const MARKS: Record<CriticMark['type'], [string, string]> = {
  criticInsert: ['{++', '++}'],
  criticDelete: ['{--', '--}'],
}

function criticHandler(type: CriticMark['type']): Handle {
  const [open, close] = MARKS[type]
  return (node, _parent, state, info) => {
    const tracker = state.createTracker(info)
    let value = tracker.move(open)
    value += tracker.move(
      state.containerPhrasing(node as never, { before: value, after: close, ...tracker.current() }),
    )
    return value + tracker.move(close)
  }
}

// Note: text that would open or close a CriticMarkup span (`{++`, `--}`, `{>>` …) is escaped,
// so an answer can never mark a change the redline did not make.
const criticUnsafe: Unsafe[] = [
  { character: '{', after: '(?:\\+\\+|--|~~|==|>>)' },
  { character: '}', before: '(?:\\+\\+|--|~~|==|<<)' },
]

const options = {
  ...toMarkdownOptions,
  // Note: the redline has always marked its notes `*like this*`; the packs use `_`.
  emphasis: '*',
  handlers: {
    criticInsert: criticHandler('criticInsert'),
    criticDelete: criticHandler('criticDelete'),
    sourceText: (node: SourceText) => node.value,
  } as unknown as Partial<Handlers>,
  unsafe: criticUnsafe,
} as const

/** Write a redline tree: mdast plus the redline's own phrasing nodes. */
function write(root: Root): string {
  return toMarkdown(root as Nodes, options)
}

const text = (value: string): PhrasingContent => ({ type: 'text', value })

function phrasingOf(change: Change, source: boolean): RedlinePhrasing {
  const content: RedlinePhrasing = source
    ? { type: 'sourceText', value: change.text }
    : text(change.text)
  if (change.kind === 'same') return content
  return { type: change.kind === 'insert' ? 'criticInsert' : 'criticDelete', children: [content] }
}

function paragraphOf(changes: ChangedParagraph, source: boolean): Paragraph {
  return {
    type: 'paragraph',
    children: changes.map((change) => phrasingOf(change, source)) as PhrasingContent[],
  }
}

function heading(depth: 1 | 2, children: RedlinePhrasing[]): Heading {
  return { type: 'heading', depth, children: children as PhrasingContent[] }
}

/**
 * @param redline A document from `redlinePacks` or `redlineLibrary`.
 * @returns The Markdown diff.
 */
export function redlineToMarkdown(redline: RedlineDocument): string {
  const example = (type: CriticMark['type']): RedlinePhrasing => ({
    type,
    children: [text('like this')],
  })
  const root: Root = {
    type: 'root',
    children: [
      heading(1, [text(`Redline: ${redline.title}`)]),
      {
        type: 'paragraph',
        children: [
          text('From '),
          { type: 'inlineCode', value: redline.from },
          text(' to '),
          { type: 'inlineCode', value: redline.to },
          text('. Insertions are marked '),
          example('criticInsert'),
          text(' and deletions '),
          example('criticDelete'),
          text(' (CriticMarkup).'),
        ] as PhrasingContent[],
      },
    ],
  }
  for (const section of redline.sections) {
    if (section.heading.length > 0)
      root.children.push(heading(2, paragraphOf(section.heading, false).children))
    if (section.note !== undefined)
      root.children.push({
        type: 'paragraph',
        children: [{ type: 'emphasis', children: [text(section.note)] }],
      })
    for (const paragraph of section.paragraphs)
      root.children.push(paragraphOf(paragraph, redline.source))
  }
  return write(root)
}

function row(cells: PhrasingContent[][]): TableRow {
  return {
    type: 'tableRow',
    children: cells.map((children) => ({ type: 'tableCell', children })),
  }
}

/** A table cell's text on one line: a line break would end the row. */
const cell = (value: string): PhrasingContent[] => [text(value.replace(/\n/g, ' '))]
const code = (value: string): PhrasingContent[] => [{ type: 'inlineCode', value }]

/**
 * The summary of a redline as Markdown: a table of every clause that was added, removed or
 * changed, with its versions, the kind of change and any flags, then a count of the rest.
 */
export function summaryToMarkdown(summary: RedlineSummary): string {
  const changed = summary.clauses.filter((clause) => clause.status !== 'unchanged')
  const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [text(value)] })
  const root: Root = {
    type: 'root',
    children: [
      heading(1, [text(`Changes from ${summary.from} to ${summary.to}`)]),
      paragraph(
        summary.mode === 'library'
          ? 'The clause library: each clause body compared as template source.'
          : 'The pack rendered from the same answers by each release.',
      ),
    ],
  }
  const documents = summary.documents?.filter((document) => document.status !== 'unchanged') ?? []
  if (documents.length > 0)
    root.children.push({
      type: 'list',
      ordered: false,
      spread: false,
      children: documents.map((document) => ({
        type: 'listItem',
        spread: false,
        children: [
          {
            type: 'paragraph',
            children: [
              text('document '),
              { type: 'inlineCode', value: document.id },
              text(` ${document.status}`),
            ],
          },
        ],
      })),
    })
  if (changed.length === 0) root.children.push(paragraph('No clause changed.'))
  else {
    const header = ['Clause', 'Title', 'Status', 'Version', 'Kind', 'Text changed', 'Flags']
    const table: Table = {
      type: 'table',
      children: [
        row(header.map(cell)),
        ...changed.map((clause) => {
          const versions =
            clause.status === 'added'
              ? `→ ${clause.toVersion ?? ''}`
              : clause.status === 'removed'
                ? `${clause.fromVersion ?? ''} →`
                : `${clause.fromVersion} → ${clause.toVersion}`
          return row([
            code(clause.id),
            cell(clause.title),
            cell(clause.status),
            cell(versions),
            cell(clause.kind ?? ''),
            cell(clause.textChanged ? 'yes' : 'no'),
            cell(clause.flags.join('; ')),
          ])
        }),
      ],
    }
    root.children.push(table)
  }
  const unchanged = summary.clauses.length - changed.length
  root.children.push(paragraph(`${unchanged} clause(s) unchanged.`))
  return write(root)
}
