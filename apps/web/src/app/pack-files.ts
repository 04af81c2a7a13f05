// Loaded only when a download is asked for: this module pulls in the DOCX writer (docx) and the
// zip writer, which stay out of the initial JavaScript.
import { type PackDocument, toDocx, toMarkdownDocument } from '@betterforus/generator'
import { strToU8, zipSync } from 'fflate'

/** One fixed time for every zip entry, from local fields, so the zip is the same in any zone. */
const ZIP_TIME = new Date(2000, 0, 1, 12)

/**
 * The DOCX of one document, as the CLI writes it.
 *
 * @param tree A pack document.
 * @returns The bytes.
 */
export function documentDocx(tree: PackDocument): Promise<Uint8Array> {
  return toDocx(tree, { toc: false })
}

/**
 * The whole pack as one zip: each document as Markdown and DOCX, the manifest and the answers.
 *
 * @param documents The pack's documents.
 * @param copy The copy, for the file names.
 * @param extras Further files (`manifest.json`, the answers file).
 * @returns The zip's bytes.
 */
export async function packZip(
  documents: PackDocument[],
  copy: string,
  extras: Record<string, string>,
): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {}
  for (const tree of documents) {
    const base = `${tree.data.id}.${copy}`
    files[`${base}.md`] = strToU8(toMarkdownDocument(tree))
    files[`${base}.docx`] = await documentDocx(tree)
  }
  for (const [name, text] of Object.entries(extras)) files[name] = strToU8(text)
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)))
  return zipSync(sorted, { level: 6, mtime: ZIP_TIME })
}
