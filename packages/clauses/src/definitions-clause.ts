/** The id of the clause that opens a document with `definitions: true`, before its defined terms. */
export const DEFINITIONS_CLAUSE = 'definitions'
