import {
  type Catalog,
  type CatalogClause,
  documentClauseIds,
  type Regime,
} from '@betterforus/clauses'
import { searchTextOf as renderedText } from './clause-text.js'
import { placeholderAnswers } from './placeholder-answers.js'

/** One clause as the index lists and filters it. */
export interface ClauseEntry {
  id: string
  title: string
  version: string
  status: string
  principles: string[]
  regimes: string[]
  nations: string[]
  contractTypes: string[]
  /** The pack documents that hold it, in pack order. */
  documents: string[]
  /** Lower-case title and text of every regime, for the search. */
  searchText: string
}

/** The ids of the documents that hold a clause, in the pack's order. */
export function documentsOf(catalog: Catalog, clauseId: string): string[] {
  return catalog.documents
    .filter((document) => documentClauseIds(document).includes(clauseId))
    .map((document) => document.meta.id)
}

/** The title of a clause by id (its id when the library has no such clause). */
export function titleFinder(catalog: Catalog): (clauseId: string) => string {
  const titles = new Map(catalog.clauses.map((clause) => [clause.meta.id, clause.meta.title]))
  return (clauseId) => titles.get(clauseId) ?? clauseId
}

function searchTextOf(catalog: Catalog, clause: CatalogClause, today: string): string {
  const placeholders = placeholderAnswers(catalog.questionnaire, today)
  const titleOf = titleFinder(catalog)
  const texts = clause.meta.applies.regimes.map((regime: Regime) => {
    try {
      return renderedText(clause.body, {
        questionnaire: catalog.questionnaire,
        regime,
        data: catalog.data,
        placeholders,
        titleOf,
      })
    } catch {
      // Note: a clause that cannot be shown is still found by its title.
      return ''
    }
  })
  return [clause.meta.title, clause.meta.id, ...texts].join(' ').toLowerCase().replace(/\s+/g, ' ')
}

/**
 * Every clause of the catalog as the index lists it, in the catalog's order.
 *
 * @param catalog The compiled catalog.
 * @param today The ISO date that selects the rates shown in the text.
 */
export function buildClauseIndex(catalog: Catalog, today: string): ClauseEntry[] {
  return catalog.clauses.map((clause) => ({
    id: clause.meta.id,
    title: clause.meta.title,
    version: clause.meta.version,
    status: clause.meta.status,
    principles: [...clause.meta.principles],
    regimes: [...clause.meta.applies.regimes],
    nations: [...clause.meta.applies.nations],
    contractTypes: [...clause.meta.applies.contract_types],
    documents: documentsOf(catalog, clause.meta.id),
    searchText: searchTextOf(catalog, clause, today),
  }))
}
