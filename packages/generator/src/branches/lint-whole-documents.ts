import { type Catalog, SCOPE_INPUTS, selectRate } from '@betterforus/clauses'
import type { Answers } from '@betterforus/questionnaire'
import type { BranchUnit } from './branch-units.js'
import { enumerateCombinations } from './enumerate-combinations.js'
import { fail, type LintState, refusal, renderAndRecord } from './lint-state.js'

/** The unit of a document, to name what a whole-document render checks. */
function unitOf(units: readonly BranchUnit[], documentId: string): BranchUnit {
  return units.find((candidate) => candidate.document === documentId) as BranchUnit
}

/**
 * Units print rates at one document date; check every date class instead: rate selection
 * directly, and each whole document rendered once per class.
 */
export function lintDateClasses(state: LintState, units: readonly BranchUnit[]): void {
  const { catalog } = state
  const base = enumerateCombinations(state.space, new Map()).next().value?.answers
  const dates = state.classes.get('document.date') ?? []
  for (const date of base ? dates : []) {
    const answers = withDocumentDate(base as Answers, String(date.value))
    if (refusal(state, answers)) continue
    for (const problem of rateProblems(catalog, String(date.value)))
      fail(state, {
        ruleId: 'no-rate',
        file: 'data/rates.yaml',
        document: '',
        message: problem,
        answers,
      })
    for (const documentId of catalog.pack.documents)
      renderAndRecord(state, catalog, documentId, answers, unitOf(units, documentId))
  }
}

/**
 * A provision named in a clause's own words, not through cite, is found only where the clause
 * is rendered for the answers that put it out of scope: render every issued document (the memo
 * is the drafter's) for every class of the scope inputs too.
 */
export function lintScopeClasses(state: LintState, units: readonly BranchUnit[]): void {
  const { catalog, classes } = state
  const scopeDomains = new Map(
    SCOPE_INPUTS.flatMap((id) => (classes.has(id) ? [[id, classes.get(id) ?? []] as const] : [])),
  )
  const issued = catalog.pack.documents.filter(
    (id) => catalog.documents.find((document) => document.meta.id === id)?.meta.kind !== 'memo',
  )
  for (const { answers } of enumerateCombinations(state.space, scopeDomains)) {
    if (refusal(state, answers)) continue
    for (const documentId of issued)
      renderAndRecord(state, catalog, documentId, answers, unitOf(units, documentId))
  }
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
