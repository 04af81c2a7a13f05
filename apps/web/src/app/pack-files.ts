// Loaded only when a download is asked for: this module pulls in the DOCX writer and the zip
// writer, which stay out of the initial JavaScript.
import {
  type HouseStyle,
  type Pack,
  type PackDocument,
  packFiles,
  toDocx,
} from '@betterforus/generator'
import { strToU8, zipSync } from 'fflate'

/**
 * Every zip entry is dated with the pack's date (`document.date`) at noon, from local fields, so
 * the zip is the same in any time zone and on any day it is made.
 */
function zipTime(pack: Pack): Date {
  const [year, month, day] = (pack.documents[0]?.data.date ?? '2000-01-01').split('-').map(Number)
  return new Date(year ?? 2000, (month ?? 1) - 1, day ?? 1, 12)
}

/**
 * The DOCX of one document, as the CLI writes it.
 *
 * @param tree A pack document.
 * @param houseStyle A council layer's house style, when one is loaded.
 * @returns The bytes.
 */
export function documentDocx(tree: PackDocument, houseStyle?: HouseStyle): Promise<Uint8Array> {
  return toDocx(tree, { toc: false, ...(houseStyle && { houseStyle }) })
}

/**
 * The whole pack as one zip: the files the CLI writes (each document as Markdown and DOCX, and
 * the manifest), and further files such as the answers.
 *
 * @param pack The pack.
 * @param unused Answers the questionnaire hid, for the manifest.
 * @param extras Further files by name (the answers file).
 * @param houseStyle A council layer's house style, when one is loaded.
 * @returns The zip's bytes.
 */
export async function packZip(
  pack: Pack,
  unused: readonly string[],
  extras: Record<string, string>,
  houseStyle?: HouseStyle,
): Promise<Uint8Array> {
  const files = [
    ...(await packFiles(pack, { unused, ...(houseStyle && { houseStyle }) })),
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
  return zipSync(Object.fromEntries(entries), { level: 6, mtime: zipTime(pack) })
}
