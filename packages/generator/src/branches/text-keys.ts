import { type Catalog, type CatalogClause, renderTemplate } from '@betterforus/clauses'
import { type Answers, createFacts, deriveRegime } from '@betterforus/questionnaire'
import { type BranchUnit, isIncluded } from './branch-units.js'

/**
 * What a unit's templates print for some answers, one key per template: the Markdown, what each
 * placeholder holds, and which of the clauses it refers to are in the pack. A template that
 * fails to render keys on its error, so the render that reports it still happens.
 */
export function textKeys(
  catalog: Catalog,
  unit: BranchUnit,
  answers: Answers,
  clauseById: ReadonlyMap<string, CatalogClause>,
): string[] {
  const facts = createFacts(answers)
  const input = {
    questionnaire: catalog.questionnaire,
    answers,
    regime: deriveRegime(answers),
    data: catalog.data,
  }
  const included = unit.refs.filter((id) => {
    const clause = clauseById.get(id)
    return clause !== undefined && isIncluded(clause, facts)
  })
  return unit.templates.map((template, index) => {
    try {
      const { markdown, slots } = renderTemplate(template, input)
      return `${index}\u0000${markdown}\u0000${JSON.stringify(slots)}\u0000${included.join()}`
    } catch (error) {
      return `${index}\u0000${String(error)}`
    }
  })
}
