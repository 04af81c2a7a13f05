/**
 * Write one pack document as DOCX: a cover block, an optional table of contents, the body through
 * the node handlers, Word numbering for clauses, bookmarks and `REF` fields for cross-references,
 * comments for notes, a footer with page numbers and provenance, and provenance properties.
 */
import { Document, Packer } from 'docx'
import { unzipSync } from 'fflate'
import type { RootContent } from 'mdast'
import type { PackDocument } from '../pack-tree.js'
import { collectNotes } from './collect-notes.js'
import { coverBlock } from './cover-block.js'
import { documentProperties } from './document-properties.js'
import { createDocxState } from './docx-state.js'
import { toBlocks, toRuns } from './handlers/index.js'
import { zipParts } from './normalise-docx.js'
import { numbering } from './numbering.js'
import { packFooter } from './pack-footer.js'
import { styles } from './styles.js'
import { tableOfContents } from './table-of-contents.js'

export interface ToDocxOptions {
  /** Add a table of contents after the cover block (default `false`). */
  toc?: boolean
  /** The ISO date (`yyyy-mm-dd`) for the core and comment dates (default: the document's date). */
  date?: string
}

const isNotice = (node: RootContent) =>
  node.type === 'blockquote' && node.data?.note?.kind === 'notice'

/**
 * Build the DOCX bytes of a pack document, deterministically. The tree is not changed.
 *
 * @param tree The pack document (an mdast root with numbering, clause marks and notes in `data`).
 * @param options `toc` and `date`.
 * @returns The `.docx` package.
 * @example
 * await toDocx(tree, { toc: true, date: '2026-06-01' }) //=> Uint8Array [0x50, 0x4b, …]
 */
export async function toDocx(tree: PackDocument, options: ToDocxOptions = {}): Promise<Uint8Array> {
  const date = options.date ?? tree.data.date
  const fixedDate = new Date(`${date}T00:00:00Z`)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(fixedDate.getTime())) {
    throw new TypeError(
      `Expected \`options.date\` as an ISO date such as '2026-06-01', received ${JSON.stringify(date)}.`,
    )
  }
  const info = tree.data
  const state = createDocxState(info.id, { toBlocks, toRuns })
  collectNotes(tree, state)
  const [first, ...rest] = tree.children
  const hasTitle = first?.type === 'heading' && first.depth === 1
  const body = hasTitle ? rest : tree.children
  const children = [
    ...(hasTitle ? state.toBlocks([first]) : []),
    ...coverBlock(info),
    ...state.toBlocks(body.filter(isNotice)),
    ...(options.toc === true ? tableOfContents(tree) : []),
    ...state.toBlocks(body.filter((node) => !isNotice(node))),
  ]
  const doc = new Document({
    ...documentProperties(info),
    styles,
    numbering,
    ...(state.comments.length > 0 ? { comments: { children: state.comments } } : {}),
    sections: [{ footers: { default: packFooter(info.provenance) }, children }],
  })
  return zipParts(await packParts(doc), fixedDate)
}

type PartsCompiler = { compile(file: Document): Map<string, string | Uint8Array> }

/**
 * The package's parts before zipping. Note: `Packer.pack` deflates every part, and the
 * normalise pass must unzip and deflate them again; docx's own compiler (pinned at 9.15.2) gives
 * the parts unzipped, which halves the compression work. Falls back to `Packer.pack` if a docx
 * release moves it.
 */
async function packParts(doc: Document): Promise<Record<string, string | Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: PartsCompiler }).compiler
  if (typeof compiler?.compile === 'function') return Object.fromEntries(compiler.compile(doc))
  return unzipSync(await Packer.pack(doc, 'uint8array'))
}
