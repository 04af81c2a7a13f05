/**
 * Small hand-built pack trees for the DOCX tests, shaped as the tree builder makes them.
 */
import type {
  Blockquote,
  Heading,
  List,
  Paragraph,
  PhrasingContent,
  RootContent,
  Table,
  Text,
} from 'mdast'
import type {
  CrossReference,
  NoteKind,
  Numbering,
  PackDocument,
  PackDocumentInfo,
} from '../pack-tree.js'

export const SHA = '3f2a9c0b1d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8'

export const t = (value: string): Text => ({ type: 'text', value })
const inline = (content: string | PhrasingContent[]) =>
  typeof content === 'string' ? [t(content)] : content

export const title = (text: string): Heading => ({ type: 'heading', depth: 1, children: [t(text)] })

export const clause = (number: string, id: string, text: string): Heading => ({
  type: 'heading',
  depth: 2,
  children: [t(text)],
  data: {
    numbering: { level: 0, number },
    clause: { id, version: '1.0.0', bookmark: `c_${id.replaceAll('-', '_')}` },
  },
})

export const subClauseHeading = (number: string, text: string): Heading => ({
  type: 'heading',
  depth: 3,
  children: [t(text)],
  data: { numbering: { level: 1, number } },
})

export const para = (content: string | PhrasingContent[], numbering?: Numbering): Paragraph => ({
  type: 'paragraph',
  children: inline(content),
  ...(numbering === undefined ? {} : { data: { numbering } }),
})

export const item = (
  level: Numbering['level'],
  number: string,
  text: string,
  restart = false,
): Paragraph => para(text, { level, number, ...(restart ? { restart: true } : {}) })

export const ref = (clauseId: string, number: string, bookmark?: string): CrossReference => ({
  type: 'crossReference',
  clauseId,
  number,
  label: bookmark === undefined ? `${number} of the Other Schedule` : number,
  ...(bookmark === undefined ? {} : { bookmark }),
})

export const note = (kind: NoteKind, text: string, clauseId?: string): Blockquote => ({
  type: 'blockquote',
  children: [para(text)],
  data: { note: { kind, ...(clauseId === undefined ? {} : { clauseId }) } },
})

export const bullets = (...items: string[]): List => ({
  type: 'list',
  ordered: false,
  children: items.map((text) => ({ type: 'listItem', children: [para(text)] })),
})

export const table = (...rows: string[][]): Table => ({
  type: 'table',
  children: rows.map((cells) => ({
    type: 'tableRow',
    children: cells.map((cell) => ({ type: 'tableCell', children: [t(cell)] })),
  })),
})

export const info = (copy: PackDocumentInfo['copy'] = 'issue'): PackDocumentInfo => ({
  id: 'doc-contract-schedule',
  version: '1.0.0',
  title: 'Contract Schedule',
  copy,
  date: '2026-06-01',
  cover: {
    authority: 'Anytown Borough Council',
    title: 'Grounds Maintenance Services',
    reference: 'ABC-2026-014',
    date: '1 June 2026',
  },
  provenance: {
    library: '@betterforus/clauses@1.0.0',
    generator: '@betterforus/generator@1.0.0',
    document: 'doc-contract-schedule@1.0.0',
    clauses: ['payment-terms@1.0.0', 'remedy-rectification@1.0.0'],
    dataVersion: '2026-04',
    answersSha256: SHA,
    regime: 'PA23',
  },
})

export const packDocument = (
  children: RootContent[],
  copy: PackDocumentInfo['copy'] = 'issue',
): PackDocument => ({
  type: 'root',
  children,
  data: info(copy),
})

/** A drafter copy with every kind of block: clauses, sub-clauses, two lettered lists, a note, a table. */
export const sampleTree = (copy: PackDocumentInfo['copy'] = 'drafter'): PackDocument =>
  packDocument(
    [
      title('Contract Schedule'),
      ...(copy === 'drafter' ? [note('notice', 'This pack is not legal advice.')] : []),
      para('This schedule forms part of the Contract.'),
      clause('1', 'payment-terms', 'Payment'),
      ...(copy === 'drafter'
        ? [note('drafting', 'Check the payment period with finance.', 'payment-terms')]
        : []),
      item(1, '1.1', 'The Authority shall pay within 30 days.'),
      item(2, '1.1.1', 'Invoices must quote the reference.'),
      item(3, '(a)', 'the order number;', true),
      item(4, '(i)', 'in full;', true),
      item(4, '(ii)', 'without spaces;'),
      item(3, '(b)', 'the date.'),
      item(1, '1.2', 'Disputed sums are handled under the Contract.'),
      clause('2', 'remedy-rectification', 'Rectification'),
      subClauseHeading('2.1', 'Notice'),
      para([
        t('See clause '),
        ref('payment-terms', '1', 'c_payment_terms'),
        t(' and clause '),
        ref('social-value', '7'),
        t('.'),
      ]),
      item(3, '(a)', 'first lettered item after a heading;', true),
      item(3, '(b)', 'second item.\nWith a second line.'),
      bullets('Monday', 'Friday'),
      table(['Item', 'Rate'], ['Grass cutting', '£12.50']),
    ],
    copy,
  )
