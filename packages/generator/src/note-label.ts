/** The label that heads a drafting or risk note, in a comment or in the text. */
export const NOTE_LABEL = { drafting: 'Drafting note', risk: 'Risk note' } as const
