import type { ClauseDecision } from './select-clauses.js'

/** What made a pack, and why each clause is in it or not: written beside the documents. */
export interface Manifest {
  library: string
  generator: string
  regime: string
  copy: 'drafter' | 'issue'
  answersSha256: string
  dataVersion: string
  documents: Array<{ id: string; version: string; title: string; clauses: string[] }>
  /** Every clause of the library, included or excluded, with the reason. */
  clauses: Array<ClauseDecision & { number?: string }>
  /** Answers that no part of the pack used, such as those to hidden questions. */
  unusedAnswers: string[]
  /** The council layer laid over the library, with the answers its defaults gave; absent without one. */
  layer?: { name: string; version: string; defaults: string[] }
}
