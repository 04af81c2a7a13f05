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
