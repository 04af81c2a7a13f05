import type { Catalog, CatalogClause } from '@betterforus/clauses'
import { type Answers, getAnswer, listQuestions, type Question } from '@betterforus/questionnaire'
import { packDateProblem } from '../pack-date-problem.js'
import type { AnswerClass } from './answer-class.js'
import type { BranchUnit } from './branch-units.js'
import { collectComparisons } from './collect-comparisons.js'
import type { AnswerSpace } from './enumerate-combinations.js'
import { questionClasses } from './question-classes.js'
import { keyOf, renderAndCheck } from './render-and-check.js'

/** A check that fails, with the first combination that breaks it and how many do. */
export interface BranchFailure {
  ruleId: string
  /** The template file to fix, such as `clauses/pay-rlw-require.md`. */
  file: string
  document: string
  clause?: string
  message: string
  /** Complete, valid answers that reproduce it; none for a problem in the templates alone. */
  answers?: Answers
  /** How many enumerated combinations break it. */
  combinations: number
}

/** What one run of the branch lint knows and has found so far, passed to each of its steps. */
export interface LintState {
  catalog: Catalog
  questions: Question[]
  /** Each question's answer classes, the document date's newest first. */
  classes: ReadonlyMap<string, readonly AnswerClass[]>
  space: AnswerSpace
  clauseById: ReadonlyMap<string, CatalogClause>
  /** Failures by rule, file, clause and message: the first answers and a count of the rest. */
  failures: Map<string, BranchFailure>
  /** Why generatePack refused answers (an answers error, not a document's). */
  refused: Set<string>
  /** Reachable combinations over all units. */
  reachable: number
  /** Documents rendered and checked. */
  rendered: number
}

/** The document date's newest class first, so units print the rates in force today. */
function orderForBase(id: string, classes: AnswerClass[]): AnswerClass[] {
  return id === 'document.date' ? [...classes].reverse() : classes
}

/**
 * The state of a run over `catalog`: every question's classes, from the comparisons the
 * templates make; a comparison the lint cannot enumerate is the run's first failure.
 */
export function createLintState(catalog: Catalog): LintState {
  const questions = listQuestions(catalog.questionnaire)
  const { comparisons, unsupported } = collectComparisons(catalog)
  const classes = new Map(
    questions.map((question) => [
      question.id,
      orderForBase(
        question.id,
        questionClasses(question, comparisons.get(question.id) ?? [], catalog),
      ),
    ]),
  )
  const state: LintState = {
    catalog,
    questions,
    classes,
    space: {
      questions,
      classes,
      rules: (catalog.questionnaire.rules ?? []).map((rule) => rule.when),
    },
    clauseById: new Map(catalog.clauses.map((clause) => [clause.meta.id, clause])),
    failures: new Map(),
    refused: new Set(),
    reachable: 0,
    rendered: 0,
  }
  for (const problem of unsupported) {
    fail(state, {
      ruleId: 'unenumerable-comparison',
      file: problem.where,
      document: '',
      message: problem.reason,
    })
  }
  return state
}

/** Record a failure, or count one more combination that breaks a known one. */
export function fail(state: LintState, failure: Omit<BranchFailure, 'combinations'>): void {
  const key = [failure.ruleId, failure.file, failure.clause, failure.message].join('\u0000')
  const known = state.failures.get(key)
  if (known) known.combinations += 1
  else state.failures.set(key, { ...failure, combinations: 1 })
}

/**
 * Why generatePack would refuse these answers, recorded; undefined when it would not.
 *
 * Note: generatePack refuses a pack dated before the rate data with a clear error naming
 * document.date: an answers error, not a document, so it is counted and left out.
 */
export function refusal(state: LintState, answers: Answers): string | undefined {
  const date = String(getAnswer(answers, 'document.date'))
  const problem = packDateProblem(state.catalog.data, date)
  if (problem) state.refused.add(problem)
  return problem
}

/**
 * Render a document and check it, recording its problems. Note: in a trimmed document a problem
 * inside a clause is that clause's, but a document-wide one (a term left undefined) may come
 * from the trimming, so it is kept only if the whole document has it too.
 */
export function renderAndRecord(
  state: LintState,
  renderCatalog: Catalog,
  documentId: string,
  answers: Answers,
  unit: BranchUnit,
): void {
  const { catalog } = state
  state.rendered += 1
  let problems = renderAndCheck(renderCatalog, documentId, answers, unit, catalog)
  if (renderCatalog !== catalog && problems.some((problem) => problem.clause === undefined)) {
    state.rendered += 1
    const whole = renderAndCheck(catalog, documentId, answers, unit, catalog).map(keyOf)
    problems = problems.filter(
      (problem) => problem.clause !== undefined || whole.includes(keyOf(problem)),
    )
  }
  for (const problem of problems) {
    const { clause } = problem
    const file = clause === undefined ? `documents/${documentId}.md` : `clauses/${clause}.md`
    fail(state, { ...problem, file, document: documentId, answers })
  }
}
