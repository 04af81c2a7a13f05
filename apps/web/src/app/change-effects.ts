import { type Catalog, clauseApplies, documentClauseIds } from '@betterforus/clauses'
import {
  type Answers,
  createFacts,
  getAnswer,
  type Question,
  visibleQuestionIds,
} from '@betterforus/questionnaire'

/** What a change of answers stops using: answered questions it hides, clauses it drops. */
export interface ChangeEffects {
  questions: Question[]
  clauses: { id: string; title: string }[]
}

/**
 * What changing the answers from `before` to `after` will no longer use, by the questionnaire's
 * own rules (`visibleQuestionIds`) and the library's (`clauseApplies`, for the clauses the pack's
 * documents place).
 *
 * @param catalog The clause library.
 * @param before The answers as they were.
 * @param after The answers with the change.
 * @returns The answered questions hidden and the clauses dropped, in catalog order.
 */
export function changeEffects(catalog: Catalog, before: Answers, after: Answers): ChangeEffects {
  const { questionnaire } = catalog
  const shownBefore = visibleQuestionIds(questionnaire, before)
  const shownAfter = visibleQuestionIds(questionnaire, after)
  const questions = questionnaire.sections
    .flatMap((section) => section.questions)
    .filter(
      (question) =>
        shownBefore.has(question.id) &&
        !shownAfter.has(question.id) &&
        getAnswer(before, question.id) !== undefined,
    )
  const placed = new Set(
    catalog.documents
      .filter((document) => catalog.pack.documents.includes(document.meta.id))
      .flatMap((document) => documentClauseIds(document)),
  )
  const factsBefore = createFacts(before)
  const factsAfter = createFacts(after)
  const clauses = catalog.clauses
    .filter(
      ({ meta }) =>
        placed.has(meta.id) &&
        clauseApplies(meta, factsBefore) === true &&
        clauseApplies(meta, factsAfter) !== true,
    )
    .map(({ meta }) => ({ id: meta.id, title: meta.title }))
  return { questions, clauses }
}
