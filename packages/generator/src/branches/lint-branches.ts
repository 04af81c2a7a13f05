import {
  type Catalog,
  type CatalogClause,
  DEFINITIONS_CLAUSE,
  SCOPE_INPUTS,
  selectRate,
} from '@betterforus/clauses'
import { type Answers, createFacts, getAnswer, listQuestions } from '@betterforus/questionnaire'
import { packDateProblem } from '../pack-date-problem.js'
import type { AnswerClass } from './answer-class.js'
import { type BranchUnit, branchUnits, isIncluded } from './branch-units.js'
import { collectComparisons } from './collect-comparisons.js'
import {
  type AnswerSpace,
  CombinationLimitError,
  enumerateCombinations,
  MAX_COMBINATIONS_PER_UNIT,
} from './enumerate-combinations.js'
import { questionClasses } from './question-classes.js'
import { keyOf, renderAndCheck } from './render-and-check.js'
import { textKeys } from './text-keys.js'
import { trimDocument } from './trim-document.js'

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
 * `branchUnits` for why that is sound.
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
  const space: AnswerSpace = {
    questions,
    classes,
    rules: (catalog.questionnaire.rules ?? []).map((rule) => rule.when),
  }
  const failures = new Map<string, BranchFailure>()
  const fail = (failure: Omit<BranchFailure, 'combinations'>) => {
    const key = [failure.ruleId, failure.file, failure.clause, failure.message].join('\u0000')
    const known = failures.get(key)
    if (known) known.combinations += 1
    else failures.set(key, { ...failure, combinations: 1 })
  }
  for (const problem of unsupported) {
    fail({
      ruleId: 'unenumerable-comparison',
      file: problem.where,
      document: '',
      message: problem.reason,
    })
  }
  const clauseById = new Map(catalog.clauses.map((clause) => [clause.meta.id, clause]))
  // Note: generatePack refuses a pack dated before the rate data with a clear error naming
  // document.date: an answers error, not a document, so it is counted and left out.
  const refused = new Set<string>()
  const refusal = (answers: Answers) => {
    const problem = packDateProblem(catalog.data, String(getAnswer(answers, 'document.date')))
    if (problem) refused.add(problem)
    return problem
  }
  let rendered = 0
  /**
   * Render a document and check it. Note: in a trimmed document a problem inside a clause is
   * that clause's, but a document-wide one (a term left undefined) may come from the trimming,
   * so it is kept only if the whole document has it too.
   */
  const render = (
    renderCatalog: Catalog,
    documentId: string,
    answers: Answers,
    unit: BranchUnit,
  ) => {
    rendered += 1
    let problems = renderAndCheck(renderCatalog, documentId, answers, unit, catalog)
    if (renderCatalog !== catalog && problems.some((problem) => problem.clause === undefined)) {
      rendered += 1
      const whole = renderAndCheck(catalog, documentId, answers, unit, catalog).map(keyOf)
      problems = problems.filter(
        (problem) => problem.clause !== undefined || whole.includes(keyOf(problem)),
      )
    }
    for (const problem of problems) {
      const { clause } = problem
      const file = clause === undefined ? `documents/${documentId}.md` : `clauses/${clause}.md`
      fail({ ...problem, file, document: documentId, answers })
    }
  }

  const units = branchUnits(catalog)
  let reachable = 0
  for (const unit of units) {
    const domains = new Map<string, readonly AnswerClass[]>()
    for (const id of unit.tested) domains.set(id, classes.get(id) ?? [])
    for (const id of unit.printed) domains.set(id, (classes.get(id) ?? []).slice(0, 1))
    const renderCatalog = unit.kind === 'render' ? trimmedFor(catalog, unit, clauseById) : catalog
    const seen = new Set<string>()
    // Note: a unit past the limit is a failure naming it, never a sample of its combinations.
    try {
      for (const { answers } of enumerateCombinations(space, domains, unit.accept, limit)) {
        if (refusal(answers)) continue
        reachable += 1
        if (unit.kind === 'choice') {
          if (
            !mayBeEmpty(catalog, unit.document) &&
            !hasClause(catalog, unit.document, answers, clauseById)
          )
            render(catalog, unit.document, answers, unit)
          continue
        }
        const keys = textKeys(catalog, unit, answers, clauseById)
        if (keys.length > 0 && keys.every((key) => seen.has(key))) continue
        for (const key of keys) seen.add(key)
        render(renderCatalog, unit.document, answers, unit)
      }
    } catch (error) {
      if (!(error instanceof CombinationLimitError)) throw error
      fail({
        ruleId: 'too-many-combinations',
        file: unit.file,
        document: unit.document,
        ...(unit.clause !== undefined && { clause: unit.clause }),
        message: `${unit.file} in ${unit.document}: ${error.message}; split it, or make its conditions depend on fewer answers`,
      })
    }
  }

  // Note: units print rates at one document date; every date class is checked here instead:
  // rate selection directly, and each whole document rendered once per class.
  const base = enumerateCombinations(space, new Map()).next().value?.answers
  const dates = classes.get('document.date') ?? []
  for (const date of base ? dates : []) {
    const answers = withDocumentDate(base as Answers, String(date.value))
    if (refusal(answers)) continue
    for (const problem of rateProblems(catalog, String(date.value)))
      fail({ ruleId: 'no-rate', file: 'data/rates.yaml', document: '', message: problem, answers })
    for (const documentId of catalog.pack.documents) {
      const unit = units.find((candidate) => candidate.document === documentId) as BranchUnit
      render(catalog, documentId, answers, unit)
    }
  }

  // Note: a provision named in a clause's own words, not through cite, is found only where the
  // clause is rendered for the answers that put it out of scope: render every issued document
  // (the memo is the drafter's) for every class of the scope inputs too.
  const scopeDomains = new Map(
    SCOPE_INPUTS.flatMap((id) => (classes.has(id) ? [[id, classes.get(id) ?? []] as const] : [])),
  )
  const issued = catalog.pack.documents.filter(
    (id) => catalog.documents.find((document) => document.meta.id === id)?.meta.kind !== 'memo',
  )
  for (const { answers } of enumerateCombinations(space, scopeDomains)) {
    if (refusal(answers)) continue
    for (const documentId of issued) {
      const unit = units.find((candidate) => candidate.document === documentId) as BranchUnit
      render(catalog, documentId, answers, unit)
    }
  }

  const enumerated = questions.filter((question) =>
    units.some((unit) => unit.tested.has(question.id)),
  )
  const shownClasses = enumerated.map((question) => ({
    id: question.id,
    classes: [
      ...(question.required !== true || question.show_if !== undefined ? ['not answered'] : []),
      ...(classes.get(question.id) ?? []).map((item) => item.label),
    ],
  }))
  return {
    questions: shownClasses,
    fullProduct: shownClasses.reduce((product, question) => product * question.classes.length, 1),
    units: units.length,
    reachable,
    rendered,
    documents: catalog.pack.documents.length,
    refused: [...refused],
    failures: [...failures.values()],
  }
}

/** The document date's newest class first, so units print the rates in force today. */
function orderForBase(id: string, classes: AnswerClass[]): AnswerClass[] {
  return id === 'document.date' ? [...classes].reverse() : classes
}

function trimmedFor(
  catalog: Catalog,
  unit: BranchUnit,
  clauseById: ReadonlyMap<string, CatalogClause>,
): Catalog {
  const keep = new Set<string>()
  const add = (id: string): void => {
    if (keep.has(id)) return
    keep.add(id)
    for (const ref of clauseById.get(id)?.uses.refs ?? []) add(ref)
  }
  if (unit.clause !== undefined) add(unit.clause)
  return trimDocument(catalog, unit.document, keep)
}

function mayBeEmpty(catalog: Catalog, documentId: string): boolean {
  return catalog.documents.some(
    (document) => document.meta.id === documentId && document.meta.may_be_empty,
  )
}

function hasClause(
  catalog: Catalog,
  documentId: string,
  answers: Answers,
  clauseById: ReadonlyMap<string, CatalogClause>,
): boolean {
  const facts = createFacts(answers)
  const document = catalog.documents.find((candidate) => candidate.meta.id === documentId)
  return (document?.meta.clauses ?? []).some((id) => {
    const clause = clauseById.get(id)
    return id !== DEFINITIONS_CLAUSE && clause !== undefined && isIncluded(clause, facts)
  })
}

function withDocumentDate(answers: Answers, date: string): Answers {
  return { ...answers, document: { ...(answers.document as object), date } }
}

/** Every scheme and region in the data must have a rate, with its comply-by date, on a date. */
function rateProblems(catalog: Catalog, date: string): string[] {
  const pairs = new Set(catalog.data.rates.map((rate) => `${rate.scheme}\u0000${rate.region}`))
  return [...pairs].flatMap((pair) => {
    const [scheme = '', place = ''] = pair.split('\u0000')
    try {
      const rate = selectRate(catalog.data.rates, { scheme, place, date })
      return rate.comply_by
        ? []
        : [`The ${scheme} rate for ${place} in force on ${date} has no comply_by date`]
    } catch (error) {
      return [`${(error as Error).message}: a pack dated ${date} cannot print it`]
    }
  })
}
