import type { PackDocument } from './pack-tree.js'

// Note: apart from `pack-files.ts`, so naming a file does not bring the DOCX writer with it.

/** The formats a pack document is written in. */
export const packFormats = ['md', 'docx'] as const
export type PackFormat = (typeof packFormats)[number]

/**
 * The file name of a pack document in one format: `<document>.<copy>.<format>`.
 *
 * @example
 *   packFileName(tree, 'docx') //=> 'doc-contract-schedule.drafter.docx'
 */
export function packFileName(tree: PackDocument, format: PackFormat): string {
  return `${tree.data.id}.${tree.data.copy}.${format}`
}

// Note: characters Windows, macOS or Linux refuse in a file name, and control characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are refused on purpose
const UNSAFE_IN_NAME = /[\\/:*?"<>|\u0000-\u001f]/g

/**
 * The name a person recognises for a pack document, for the web's downloads: the document's
 * title and copy, `Social value requirements - drafter copy.docx`. The CLI keeps the stable ids
 * of `packFileName`; either could use this one.
 *
 * @example
 *   packDisplayName(tree, 'docx') //=> 'Social value requirements - drafter copy.docx'
 */
export function packDisplayName(tree: PackDocument, format: PackFormat): string {
  const title = tree.data.title.replace(UNSAFE_IN_NAME, '-').replace(/\s+/g, ' ').trim()
  return `${title} - ${tree.data.copy} copy.${format}`
}
