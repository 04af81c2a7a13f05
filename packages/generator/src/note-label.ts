import type { Numbering } from './pack-tree.js'

/** The label that heads a drafting or risk note, in a comment or in the text. */
export const NOTE_LABEL = { drafting: 'Drafting note', risk: 'Risk note' } as const

/**
 * The clause number written before a numbered heading or paragraph where the writer has no
 * automatic numbering (Markdown, the web preview): `3.1 `. The DOCX numbers through Word instead.
 */
export function clauseNumberPrefix(numbering: Pick<Numbering, 'number'>): string {
  return `${numbering.number} `
}
