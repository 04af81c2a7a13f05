// The public API of `@betterforus/generator`. Everything here runs in a browser; tree-building
// internals (numbering, placeholder parsing) are deliberately not exported.

export { DocumentReadError } from './document-read-error.js'
export { type ToDocxOptions, toDocx } from './docx/to-docx.js'
export { formatAnswer } from './format-answer.js'
export { type GenerateOptions, generatePack, type LayerInfo, type Pack } from './generate-pack.js'
export { GenerationError } from './generation-error.js'
export type { HouseStyle } from './house-style.js'
export type { Manifest } from './manifest.js'
export { manifestText } from './manifest-text.js'
export {
  type PackFormat,
  packDisplayName,
  packFileName,
  packFormats,
} from './pack-file-name.js'
export { type PackFile, type PackFilesOptions, packFiles } from './pack-files.js'
export type {
  ClauseMark,
  CrossReference,
  NoteKind,
  NoteMark,
  Numbering,
  NumberingLevel,
  PackDocument,
  PackDocumentInfo,
  Provenance,
} from './pack-tree.js'
export { presentDocument } from './present-document.js'
export { type DocumentProvenance, MAX_DOCUMENT_BYTES, readProvenance } from './read-provenance.js'
export {
  type Change,
  type ChangedParagraph,
  type ClauseChange,
  type ClauseStatus,
  type LibrarySnapshot,
  type Redline,
  type RedlineDocument,
  type RedlineSection,
  type RedlineSummary,
  redlineLibrary,
  redlinePacks,
  redlineToDocx,
  redlineToMarkdown,
  type SnapshotSource,
  snapshotClause,
  summaryToMarkdown,
} from './redline/index.js'
export type { ClauseDecision } from './select-clauses.js'
export { toMarkdownDocument } from './to-markdown.js'
export { UnknownDocumentError } from './unknown-document-error.js'
