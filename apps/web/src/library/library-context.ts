import { catalog } from '@betterforus/clauses'
import { REGIME_INPUTS } from '@betterforus/questionnaire'
import { buildModel } from '../app/questionnaire-model.js'
import { buildClauseIndex, type ClauseEntry, titleFinder } from './clause-index.js'
import { placeholderAnswers } from './placeholder-answers.js'

/** The library pages' shared, computed-once state: the catalog the questionnaire uses. */
export const model = buildModel(catalog.questionnaire)
export const titleOf = titleFinder(catalog)
/** Rates and thresholds in the text are those in force on the day the page is read. */
export const today = new Date().toISOString().slice(0, 10)
export const placeholders = placeholderAnswers(catalog.questionnaire, today)
export const libraryLabel = `${catalog.library.name}@${catalog.library.version}`

let index: ClauseEntry[] | undefined
/** The index of every clause, built when first asked (it renders every clause for the search). */
export function clauseIndex(): ClauseEntry[] {
  if (index) return index
  const start = performance.now()
  index = buildClauseIndex(catalog, today)
  performance.measure('library-index-build', { start, end: performance.now() })
  return index
}

/** The question page that asks a question (a revealed question's is its parent's), if any. */
export function questionPageOf(id: string): string | undefined {
  return model.pageOf.get(id)?.id
}

/** The questions behind an input of `clauseInputs`: the derived `regime` is its inputs. */
export function questionsBehind(input: string): string[] {
  return input === 'regime' ? [...REGIME_INPUTS] : [input]
}

export { catalog }
