import type { PackFormat } from '@betterforus/generator'

export type { PackFormat }

/**
 * The formats `--format` accepts: the generator's `packFormats`. Note: a copy of the list, not an
 * import, so a batch's main thread does not load the generator; the type keeps it to real formats.
 */
export const packFormats = ['md', 'docx'] as const satisfies readonly PackFormat[]

/** What to build of each pack, from the `generate` options. */
export interface PackOptions {
  formats: readonly PackFormat[]
  copy: 'drafter' | 'issue'
  toc: boolean
  documents: readonly string[] | undefined
}
