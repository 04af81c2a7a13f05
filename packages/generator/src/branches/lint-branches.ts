import type { Catalog } from '@betterforus/clauses'
import { branchUnits } from './branch-units.js'
import { MAX_COMBINATIONS_PER_UNIT } from './enumerate-combinations.js'
import { type BranchFailure, createLintState, type LintState } from './lint-state.js'
import { lintUnit } from './lint-unit.js'
import { lintDateClasses, lintScopeClasses } from './lint-whole-documents.js'

export type { BranchFailure } from './lint-state.js'

/** What the branch lint covered and what it found. */
export interface BranchReport {
  /** Each question some branch depends on, with its classes. */
  questions: Array<{ id: string; classes: string[] }>
  /** The product of those classes: the combinations a naive enumeration would render. */
  fullProduct: number
  /** Parts of the pack enumerated on their own (see `branchUnits`). */
  units: number
  /** Reachable combinations over all units: allowed by the rules and `show_if`. */
  reachable: number
  /** Documents rendered (generatePack and Markdown) and checked. */
  rendered: number
  /** Pack documents covered. */
  documents: number
  /** Why answers were refused by generatePack with a clear error (answers errors, not documents). */
  refused: string[]
  failures: BranchFailure[]
}

/**
 * Render every reachable combination of the answers that the pack's branches depend on, and
 * check each document: cross-references resolve, no section, list or table is empty, defined
 * terms are defined, weightings add up, no template placeholder is left, and in the text a
 * bidder reads every statutory provision named applies to the answers and no drafting
 * placeholder ("to be confirmed", "[●]" …) is left.
 *
 * Note: the product of every question's classes is far too big to render, so the pack is split
 * into units (each clause in its document, each document's opening text and choice of clauses,
 * the memo) that depend on few questions, and each unit is enumerated exhaustively; see
 * `branchUnits` for why that is sound. Then every document is rendered whole for each class of
 * the document date and of the inputs that decide a citation's scope.
 *
 * @param catalog The library to check.
 * @param options `combinationLimit`: most combinations one unit may reach (default
 *   `MAX_COMBINATIONS_PER_UNIT`); a unit past it is a `too-many-combinations` failure.
 * @returns What was covered and every failure.
 */
export function lintBranches(
  catalog: Catalog,
  options: { combinationLimit?: number } = {},
): BranchReport {
  const limit = options.combinationLimit ?? MAX_COMBINATIONS_PER_UNIT
  const state = createLintState(catalog)
  const units = branchUnits(catalog)
  for (const unit of units) lintUnit(state, unit, limit)
  lintDateClasses(state, units)
  lintScopeClasses(state, units)
  return reportOf(state, units.length, (id) => units.some((unit) => unit.tested.has(id)))
}

/** The report of a finished run: the questions some unit enumerated, with their classes. */
function reportOf(
  state: LintState,
  units: number,
  enumerated: (questionId: string) => boolean,
): BranchReport {
  const shownClasses = state.questions
    .filter((question) => enumerated(question.id))
    .map((question) => ({
      id: question.id,
      classes: [
        ...(question.required !== true || question.show_if !== undefined ? ['not answered'] : []),
        ...(state.classes.get(question.id) ?? []).map((item) => item.label),
      ],
    }))
  return {
    questions: shownClasses,
    fullProduct: shownClasses.reduce((product, question) => product * question.classes.length, 1),
    units,
    reachable: state.reachable,
    rendered: state.rendered,
    documents: state.catalog.pack.documents.length,
    refused: [...state.refused],
    failures: [...state.failures.values()],
  }
}
