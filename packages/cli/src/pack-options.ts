export const packFormats = ['md', 'docx'] as const
export type PackFormat = (typeof packFormats)[number]

/** What to build of each pack, from the `generate` options. */
export interface PackOptions {
  formats: readonly PackFormat[]
  copy: 'drafter' | 'issue'
  toc: boolean
  documents: readonly string[] | undefined
}
