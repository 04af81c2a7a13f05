// Loaded only when a download is asked for: this module pulls in the DOCX writer and the zip
// writer, which stay out of the initial JavaScript.
import { type Pack, type PackDocument, packFiles, toDocx } from '@betterforus/generator'
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
 * The whole pack as one zip: the files the CLI writes (each document as Markdown and DOCX, and
 * the manifest), and further files such as the answers.
 *
 * @param pack The pack.
 * @param unused Answers the questionnaire hid, for the manifest.
 * @param extras Further files by name (the answers file).
 * @returns The zip's bytes.
 */
export async function packZip(
  pack: Pack,
  unused: readonly string[],
  extras: Record<string, string>,
): Promise<Uint8Array> {
  const files = [
    ...(await packFiles(pack, { unused })),
    ...Object.entries(extras).map(([name, content]) => ({ name, content })),
  ]
  const entries = files
    .map(
      (file) =>
        [
          file.name,
          typeof file.content === 'string' ? strToU8(file.content) : file.content,
        ] as const,
    )
    .sort(([a], [b]) => (a < b ? -1 : 1))
  return zipSync(Object.fromEntries(entries), { level: 6, mtime: ZIP_TIME })
}
