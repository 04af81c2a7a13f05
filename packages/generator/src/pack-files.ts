import { toDocx } from './docx/to-docx.js'
import type { Pack } from './generate-pack.js'
import type { HouseStyle } from './house-style.js'
import { manifestText } from './manifest-text.js'
import { type PackFormat, packFileName, packFormats } from './pack-file-name.js'
import { toMarkdownDocument } from './to-markdown.js'

/** One file of a pack: a name within the pack's folder and its content. */
export interface PackFile {
  name: string
  content: string | Uint8Array
}

export interface PackFilesOptions {
  /** The formats to write each document in, in this order per document (default both). */
  formats?: readonly PackFormat[]
  /** Add a table of contents to each DOCX (default `false`). */
  toc?: boolean
  /** A council layer's house style for each DOCX: logo, fonts, colours, cover and header lines. */
  houseStyle?: HouseStyle
  /**
   * Answers the questionnaire hid (the `unused` of `parseAnswers`), listed in the manifest's
   * `unusedAnswers` beside those no part of the pack used.
   */
  unused?: readonly string[]
}

/**
 * Every file of a pack, as the CLI writes it and the web app downloads it: each document in each
 * format (`packFileName`), then `manifest.json`.
 *
 * @param pack A pack from `generatePack`.
 * @param options The formats, the table of contents, the house style and the hidden answers.
 * @returns The files, in a fixed order.
 */
export async function packFiles(pack: Pack, options: PackFilesOptions = {}): Promise<PackFile[]> {
  const { formats = packFormats, toc = false, houseStyle } = options
  const files: PackFile[] = []
  for (const tree of pack.documents) {
    for (const format of packFormats) {
      if (!formats.includes(format)) continue
      const content =
        format === 'md'
          ? toMarkdownDocument(tree)
          : await toDocx(tree, { toc, ...(houseStyle === undefined ? {} : { houseStyle }) })
      files.push({ name: packFileName(tree, format), content })
    }
  }
  files.push({ name: 'manifest.json', content: manifestText(pack, options.unused) })
  return files
}
