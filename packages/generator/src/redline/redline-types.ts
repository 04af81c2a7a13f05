/**
 * A redline: two versions of a document aligned section by section (a clause, by its id) with a
 * word-level diff of each. Both writers (`redlineToDocx`, `redlineToMarkdown`) read this model.
 */
import type { VersionBump } from '@betterforus/clauses'

/** A piece of text: unchanged, inserted in the newer version, or deleted from the older. */
export interface Change {
  kind: 'same' | 'insert' | 'delete'
  text: string
}

/** One paragraph of a section, as a run of changes. */
export type ChangedParagraph = Change[]

/** What happened to a clause between the two versions. */
export type ClauseStatus = 'added' | 'removed' | 'changed' | 'unchanged'

export interface RedlineSection {
  /** The clause id, or a key for text that is not a clause (`#opening`, `heading:…`). */
  key: string
  /** The clause id, when the section is a clause. */
  clauseId?: string
  status: ClauseStatus
  heading: ChangedParagraph
  /** `pay-rlw-require 1.0.0 → 2.0.0: changed meaning`, printed under the heading. */
  note?: string
  paragraphs: ChangedParagraph[]
}

export interface RedlineDocument {
  /** The document id (`doc-contract-schedule`), or `library` for a redline of the clause library. */
  id: string
  title: string
  /** The older and newer release, such as `@betterforus/clauses@1.0.0`. */
  from: string
  to: string
  /** ISO date of every tracked change: from the newer release, so the bytes never depend on the clock. */
  date: string
  /** True when the text is template source (Markdown with Handlebars), written as is. */
  source: boolean
  sections: RedlineSection[]
}

/** One clause in the summary. */
export interface ClauseChange {
  id: string
  title: string
  status: ClauseStatus
  fromVersion?: string
  toVersion?: string
  bump?: VersionBump
  /** `changed meaning`, `optional text or new variables`, `wording only`, … */
  kind?: string
  /** Whether the compared text (the clause body, or its rendered text in a pack) changed. */
  textChanged: boolean
  /** Problems a reviewer must see, such as text changed without a version bump. */
  flags: string[]
  /** The documents the clause is in (pack redlines only). */
  documents?: string[]
}

export interface RedlineSummary {
  from: string
  to: string
  /** `library` (the clause library) or `pack` (rendered from answers). */
  mode: 'library' | 'pack'
  clauses: ClauseChange[]
  documents?: Array<{ id: string; status: ClauseStatus }>
}

export interface Redline {
  documents: RedlineDocument[]
  summary: RedlineSummary
}
