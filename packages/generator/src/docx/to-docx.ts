/**
 * Write one pack document as DOCX through the `docx` library: a cover block, an optional table of
 * contents, the body through the node handlers, Word numbering for clauses, bookmarks and `REF`
 * fields for cross-references, comments for notes, a footer with page numbers and provenance,
 * provenance properties, and a council's house style if given.
 */
import { Document, type ISectionOptions } from 'docx'
import type { RootContent } from 'mdast'
import { textSha256 } from '../document-text.js'
import type { HouseStyle } from '../house-style.js'
import type { PackDocument } from '../pack-tree.js'
import { collectNotes } from './collect-notes.js'
import { coverBlock, houseCoverLines } from './cover-block.js'
import { coverLogo } from './cover-logo.js'
import { documentProperties } from './document-properties.js'
import { createDocxState } from './docx-state.js'
import { docxText } from './docx-text.js'
import { fixedInstant } from './fixed-instant.js'
import { toBlocks, toRuns } from './handlers/index.js'
import { NUMBERING } from './numbering.js'
import { packFooter } from './pack-footer.js'
import { packHeader } from './pack-header.js'
import { packageDocx } from './package-docx.js'
import { styles } from './styles.js'
import { tableOfContents } from './table-of-contents.js'
import { PAGE } from './units.js'

export interface ToDocxOptions {
  /** Add a table of contents after the cover block (default `false`). */
  toc?: boolean
  /** The ISO date (`yyyy-mm-dd`) for the core and comment dates (default: the document's date). */
  date?: string
  /** A council's logo, fonts, heading colour, cover lines and header line (default: none). */
  houseStyle?: HouseStyle
}

const isNotice = (node: RootContent) =>
  node.type === 'blockquote' && node.data?.note?.kind === 'notice'

/** Where the text hash goes until `word/document.xml` exists (a value no hash can take). */
const TEXT_HASH_PLACEHOLDER = 'text-sha256-of-word-document-xml'

/**
 * Build the DOCX bytes of a pack document, deterministically. The tree is not changed.
 *
 * @param tree The pack document (an mdast root with numbering, clause marks and notes in `data`).
 * @param options `toc`, `date` and `houseStyle`.
 * @returns The `.docx` package.
 * @example
 * await toDocx(tree, { toc: true, date: '2026-06-01' }) //=> Uint8Array [0x50, 0x4b, …]
 */
export async function toDocx(tree: PackDocument, options: ToDocxOptions = {}): Promise<Uint8Array> {
  const info = tree.data
  const house = options.houseStyle
  const instant = fixedInstant(options.date ?? info.date, '`options.date`')
  const state = createDocxState(info.id, { toBlocks, toRuns })
  collectNotes(tree, state, new Date(instant))
  const [first, ...rest] = tree.children
  const hasTitle = first?.type === 'heading' && first.depth === 1
  const body = hasTitle ? rest : tree.children
  const children = [
    ...coverLogo(house?.logo),
    ...(hasTitle ? state.toBlocks([first]) : []),
    ...houseCoverLines(house, info.id),
    ...coverBlock(info),
    ...state.toBlocks(body.filter(isNotice)),
    ...(options.toc === true ? tableOfContents(tree) : []),
    ...state.toBlocks(body.filter((node) => !isNotice(node))),
  ]
  const footer = packFooter(info.provenance)
  const header = house?.headerLine === undefined ? undefined : packHeader(house.headerLine, info.id)
  // Note: with a header line the first page is different (the cover has no header), so it gets
  // the footer of its own; without one there is a single default footer, as before.
  const section: ISectionOptions =
    header === undefined
      ? { properties: { page: PAGE }, footers: { default: footer }, children }
      : {
          properties: { page: PAGE, titlePage: true },
          headers: { default: header },
          footers: { default: footer, first: packFooter(info.provenance) },
          children,
        }
  const doc = new Document({
    ...documentProperties(info, TEXT_HASH_PLACEHOLDER),
    styles: styles(house),
    numbering: NUMBERING,
    ...(state.comments.length > 0 ? { comments: { children: state.comments } } : {}),
    sections: [section],
  })
  return packageDocx(doc, {
    instant,
    fill: (document) => new Map([[TEXT_HASH_PLACEHOLDER, textSha256(docxText(document))]]),
  })
}
