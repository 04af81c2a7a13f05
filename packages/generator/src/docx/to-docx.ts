/**
 * Write one pack document as DOCX: a cover block, an optional table of contents, the body through
 * the node handlers, Word numbering for clauses, bookmarks and `REF` fields for cross-references,
 * comments for notes, a footer with page numbers and provenance, and provenance properties.
 *
 * The WordprocessingML is written as strings by our own handlers (see docs/decisions.md: the
 * `docx` library's object tree cost 62 % of the time per document), then zipped by fflate.
 */
import type { RootContent } from 'mdast'
import { textSha256 } from '../document-text.js'
import type { PackDocument } from '../pack-tree.js'
import { collectNotes } from './collect-notes.js'
import { coverBlock } from './cover-block.js'
import { coreXml, customProperties, customXml } from './document-properties.js'
import { createDocxState } from './docx-state.js'
import { docxText } from './docx-text.js'
import { toBlocks, toRuns } from './handlers/index.js'
import { numberingXml } from './numbering.js'
import { packFooter } from './pack-footer.js'
import { FOOTER_RID, packageParts } from './package-parts.js'
import { tableOfContents } from './table-of-contents.js'
import { A4, HEADER_FOOTER_DISTANCE, PAGE_MARGIN } from './units.js'
import { DECLARATION, R_NS, W_NS } from './xml.js'
import { zipPackage } from './zip-package.js'

export interface ToDocxOptions {
  /** Add a table of contents after the cover block (default `false`). */
  toc?: boolean
  /** The ISO date (`yyyy-mm-dd`) for the core and comment dates (default: the document's date). */
  date?: string
}

const isNotice = (node: RootContent) =>
  node.type === 'blockquote' && node.data?.note?.kind === 'notice'

/** A4 portrait with 2.54 cm margins, with or without the footer on every page. */
const section = (footer: boolean) =>
  `<w:sectPr>${footer ? `<w:footerReference w:type="default" r:id="${FOOTER_RID}"/>` : ''}<w:pgSz w:w="${A4.width}" w:h="${A4.height}"/><w:pgMar w:top="${PAGE_MARGIN}" w:right="${PAGE_MARGIN}" w:bottom="${PAGE_MARGIN}" w:left="${PAGE_MARGIN}" w:header="${HEADER_FOOTER_DISTANCE}" w:footer="${HEADER_FOOTER_DISTANCE}" w:gutter="0"/></w:sectPr>`

/**
 * The instant `yyyy-mm-ddT00:00:00Z` of an ISO date, or a TypeError naming the value.
 */
export function fixedInstant(date: string, what: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(new Date(`${date}T00:00:00Z`).getTime())) {
    throw new TypeError(
      `Expected ${what} as an ISO date such as '2026-06-01', received ${JSON.stringify(date)}.`,
    )
  }
  return `${date}T00:00:00Z`
}

/** `word/document.xml` around a body; `footer` refers to `word/footer1.xml`. */
export function documentXml(body: string, { footer = false } = {}): string {
  return `${DECLARATION}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}${section(footer)}</w:body></w:document>`
}

/**
 * Build the DOCX bytes of a pack document, deterministically. The tree is not changed.
 *
 * @param tree The pack document (an mdast root with numbering, clause marks and notes in `data`).
 * @param options `toc` and `date`.
 * @returns The `.docx` package. Note: `async` with nothing to await, on purpose: every error
 *   reaches the caller as a rejected promise, and the signature stays the one the `docx`
 *   library's writer needs, should it come back (issue 14).
 * @example
 * await toDocx(tree, { toc: true, date: '2026-06-01' }) //=> Uint8Array [0x50, 0x4b, …]
 */
export async function toDocx(tree: PackDocument, options: ToDocxOptions = {}): Promise<Uint8Array> {
  const info = tree.data
  const instant = fixedInstant(options.date ?? info.date, '`options.date`')
  const state = createDocxState(info.id, { toBlocks, toRuns })
  collectNotes(tree, state, instant)
  const [first, ...rest] = tree.children
  const hasTitle = first?.type === 'heading' && first.depth === 1
  const body = hasTitle ? rest : tree.children
  const xml =
    (hasTitle ? state.toBlocks([first]) : '') +
    coverBlock(info) +
    state.toBlocks(body.filter(isNotice)) +
    (options.toc === true ? tableOfContents(tree) : '') +
    state.toBlocks(body.filter((node) => !isNotice(node)))
  const document = documentXml(xml, { footer: true })
  const parts = packageParts({
    document,
    core: coreXml({ title: info.title, subject: info.cover.title, instant }),
    custom: customXml(customProperties(info, textSha256(docxText(document)))),
    numbering: numberingXml(state.nums),
    footer: packFooter(info.provenance),
    ...(state.comments.length > 0 && {
      comments: `${DECLARATION}<w:comments xmlns:w="${W_NS}">${state.comments.join('')}</w:comments>`,
    }),
  })
  return zipPackage(parts)
}
