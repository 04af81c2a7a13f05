import type { Catalog } from '@betterforus/clauses'
import {
  type Answers,
  conditionReferences,
  getAnswer,
  listQuestions,
} from '@betterforus/questionnaire'

/** Answers the regime, rates and cover read, whatever the clauses say. */
const alwaysUsed = [
  'authority.name',
  'authority.nation',
  'procurement.startDate',
  'procurement.reference',
  'contract.title',
  'contract.type',
  'document.date',
]

/**
 * List the answered questions that nothing in this pack read: no included clause or document
 * template, no clause condition and no question's show-if (G10).
 */
export function findUnusedAnswers(
  catalog: Catalog,
  answers: Answers,
  included: ReadonlySet<string>,
): string[] {
  const used = new Set(alwaysUsed)
  for (const clause of catalog.clauses) {
    for (const id of conditionReferences(clause.meta.include_when)) used.add(id)
    if (included.has(clause.meta.id)) for (const id of clause.uses.answers) used.add(id)
  }
  for (const document of catalog.documents) for (const id of document.uses.answers) used.add(id)
  for (const entry of catalog.glossary) for (const id of entry.answers) used.add(id)
  const questions = listQuestions(catalog.questionnaire)
  for (const question of questions) {
    if (question.show_if) for (const id of conditionReferences(question.show_if)) used.add(id)
  }
  return questions
    .map((question) => question.id)
    .filter((id) => getAnswer(answers, id) !== undefined && !used.has(id))
}
