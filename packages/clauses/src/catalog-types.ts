import type { Questionnaire } from '@betterforus/questionnaire'
import type { RenderState } from './render-state.js'
import type { ClauseFrontMatter } from './schemas/clause-front-matter.js'
import type { Regime } from './schemas/common.js'
import type { Citation, Provision, Rate, Threshold } from './schemas/data.js'
import type { DocumentFrontMatter } from './schemas/document-front-matter.js'

/** A compiled template: call it with a context and the render state. */
export type Template = (context: object, options: { data: { render: RenderState } }) => string

/** The dated data the helpers read: rates, thresholds and citations. */
export interface CatalogData {
  version: string
  rates: Rate[]
  thresholds: Record<string, Threshold>
  /** Every provision the library cites, with where it applies. */
  provisions: Record<string, Provision>
  /** Per topic and regime, the forms `cite` chooses from, in order. */
  citations: Record<string, Partial<Record<Regime, Citation[]>>>
}

/** What an answer is compared with in a template: a literal, a threshold, or another answer. */
export type TestOperand =
  | { literal: string | number | boolean }
  | { threshold: string }
  | { answer: string }

/**
 * Where a template's output depends on an answer beyond printing it: `#if`, `#unless` and `#each`
 * on the answer, `eq`, `gt` and `gte` comparing it (`against` is left out when the other side is
 * neither a literal, a `threshold_value` nor an answer), and `rate`, which reads `document.date`.
 */
export interface TemplateTest {
  answer: string
  helper: 'if' | 'unless' | 'each' | 'eq' | 'gt' | 'gte' | 'rate'
  against?: TestOperand
}

/** What a template refers to, found by walking its syntax tree at build time. */
export interface TemplateUses {
  answers: string[]
  refs: string[]
  terms: string[]
  cites: string[]
  /** The branches and comparisons on answers, so every combination can be enumerated. */
  tests: TemplateTest[]
}

/** A clause: its front matter, its compiled body and notes, and what they refer to. */
export interface CatalogClause {
  meta: ClauseFrontMatter
  body: Template
  draftingNote: Template
  riskNote: Template | undefined
  uses: TemplateUses
  /** SHA-256 of the clause file's text, so a document can prove which wording made it. */
  sha256: string
}

export interface CatalogDocument {
  meta: DocumentFrontMatter
  intro: Template
  uses: TemplateUses
}

export interface GlossaryEntry {
  term: string
  definition: Template
  /** Other defined terms its definition uses, so they are defined too. */
  uses: string[]
  /** The answers its definition prints. */
  answers: string[]
  /** The branches and comparisons on answers in its definition. */
  tests: TemplateTest[]
}

/** The whole library, compiled: everything the generator needs, with no file system. */
export interface Catalog {
  library: { name: string; version: string }
  pack: {
    title: string
    documents: string[]
    drafterNotice: Template
    /** Printed in the drafting memo when a newer rate may have been announced. */
    staleRateNotice: Template | undefined
  }
  questionnaire: Questionnaire
  clauses: CatalogClause[]
  documents: CatalogDocument[]
  glossary: GlossaryEntry[]
  data: CatalogData
}
