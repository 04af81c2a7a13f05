/**
 * The one syntax tree in the middle of the generator: an mdast `Root` per pack document, with
 * clause numbering, cross-references and notes recorded in `data`. The Markdown and DOCX writers
 * both read it; neither changes it.
 *
 * Shape (block level, in document order):
 * - `heading` depth 1: the document title (first child).
 * - `paragraph` without `data.numbering`: unnumbered opening text.
 * - `heading` depth 2 with `data.numbering` `{ level: 0, number: '3' }` and `data.clause`: a clause heading.
 * - `heading` depth 3 with `data.numbering` level 1: a sub-clause heading (`3.2`).
 * - `paragraph` with `data.numbering`: level 1 `3.1`, level 2 `3.2.1`, level 3 `(a)`, level 4 `(i)`.
 * - `list` (unordered): bullets, unnumbered.
 * - `table`: a GFM table.
 * - `blockquote` with `data.note`: a drafting note, risk note or notice (drafter copy only).
 *
 * Inline: `text`, `break`, `strong`, `emphasis`, and `crossReference` (below).
 */
import type { Data, Root, RootData } from 'mdast'

/** Where a numbered block sits in the legal list: 0 = clause, 1 = 1.1, 2 = 1.1.1, 3 = (a), 4 = (i). */
export type NumberingLevel = 0 | 1 | 2 | 3 | 4

export interface Numbering {
  /** The level in the multi-level legal list. */
  level: NumberingLevel
  /** The number as printed: `3`, `3.1`, `3.1.2`, `(a)`, `(i)`. */
  number: string
  /** True on the first item of a lettered list, which restarts at (a) or (i). */
  restart?: boolean
}

export interface ClauseMark {
  /** The clause id, such as `pay-rlw-require`. */
  id: string
  /** The clause version, such as `1.0.0`. */
  version: string
  /** A Word bookmark name for the clause heading: a letter first, `[A-Za-z0-9_]`, at most 40 characters. */
  bookmark: string
}

export type NoteKind = 'drafting' | 'risk' | 'notice'

export interface NoteMark {
  kind: NoteKind
  /** The clause the note belongs to; absent for a document-wide notice. */
  clauseId?: string
}

/** A cross-reference to a clause: `see clause {{ref "remedy-rectification"}}`. */
export interface CrossReference {
  type: 'crossReference'
  data?: Data
  /** The clause referred to. */
  clauseId: string
  /** Its bookmark name, when it is in the same document. */
  bookmark?: string
  /** Its number, such as `7`. */
  number: string
  /** The text to print: the number, or `7 of the Social Value and Fair Work Schedule` across documents. */
  label: string
}

export interface PackDocumentInfo {
  id: string
  version: string
  title: string
  /** The copy: `drafter` (with notes) or `issue` (clean). */
  copy: 'drafter' | 'issue'
  /** The ISO date of the document (`document.date`): it fixes every date inside the DOCX too. */
  date: string
  cover: { authority: string; title: string; reference: string; date: string }
  provenance: Provenance
}

export interface Provenance {
  /** `@betterforus/clauses@1.0.0`. */
  library: string
  /** `@betterforus/generator@1.0.0`. */
  generator: string
  /** The document `doc-contract-schedule@1.0.0`. */
  document: string
  /** `pay-rlw-require@1.0.0`, in document order. */
  clauses: string[]
  /** The version of the dated data (rates, thresholds). */
  dataVersion: string
  /** SHA-256 (hex) of the RFC 8785 canonical JSON of the validated answers. */
  answersSha256: string
  /** The regime derived from the answers. */
  regime: string
  /**
   * `pay-rlw-require@1.0.0` → the first 16 hex digits of the SHA-256 of its clause file, so
   * `verify` can tell a clause whose text changed without a new version. Absent in documents
   * made before it was recorded.
   */
  clauseHashes?: Record<string, string>
  /** The council layer laid over the library, `@riverside-council/betterforus-layer@1.0.0`; absent without one. */
  layer?: string
  /** The layer's logo as a path inside the layer, such as `house-style/logo.png` (Markdown front matter). */
  layerLogo?: string
}

export interface PackDocument extends Root {
  // Note: `RootData` keeps the type open to other tools' additions to mdast data (mdast-util-to-hast).
  data: PackDocumentInfo & RootData
}

declare module 'mdast' {
  interface PhrasingContentMap {
    crossReference: CrossReference
  }
  interface RootContentMap {
    crossReference: CrossReference
  }
  interface HeadingData {
    numbering?: Numbering
    clause?: ClauseMark
  }
  interface ParagraphData {
    numbering?: Numbering
  }
  interface BlockquoteData {
    note?: NoteMark
  }
}
