// Redlines between two releases: aligned clause by clause, diffed word by word, written as DOCX
// with tracked changes and as Markdown with CriticMarkup, with a summary of every clause change.
export { type LibrarySnapshot, redlineLibrary, redlinePacks } from './build-redline.js'
export { REDLINE_AUTHOR, redlineToDocx } from './redline-to-docx.js'
export { redlineToMarkdown, summaryToMarkdown } from './redline-to-markdown.js'
export type {
  Change,
  ChangedParagraph,
  ClauseChange,
  ClauseStatus,
  Redline,
  RedlineDocument,
  RedlineSection,
  RedlineSummary,
} from './redline-types.js'
export { type SnapshotSource, snapshotClause } from './snapshot-clause.js'
export { bumpMeaning } from './version-bump.js'
