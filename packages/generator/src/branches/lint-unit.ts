import { type Catalog, type CatalogClause, DEFINITIONS_CLAUSE } from '@betterforus/clauses'
import { type Answers, createFacts } from '@betterforus/questionnaire'
import type { AnswerClass } from './answer-class.js'
import { type BranchUnit, isIncluded } from './branch-units.js'
import { CombinationLimitError, enumerateCombinations } from './enumerate-combinations.js'
import { fail, type LintState, refusal, renderAndRecord } from './lint-state.js'
import { textKeys } from './text-keys.js'
import { trimDocument } from './trim-document.js'

/**
 * Enumerate one unit's reachable combinations and check what each renders: a choice unit, that
 * its document has a clause (unless it may be empty); a render unit, each new text once, in the
 * document trimmed to the unit's clause and what it refers to. A unit past `limit` is a
 * `too-many-combinations` failure naming it, never a sample of its combinations.
 */
export function lintUnit(state: LintState, unit: BranchUnit, limit: number): void {
  const { catalog, classes, clauseById } = state
  const domains = new Map<string, readonly AnswerClass[]>()
  for (const id of unit.tested) domains.set(id, classes.get(id) ?? [])
  for (const id of unit.printed) domains.set(id, (classes.get(id) ?? []).slice(0, 1))
  const renderCatalog = unit.kind === 'render' ? trimmedFor(catalog, unit, clauseById) : catalog
  const seen = new Set<string>()
  try {
    for (const { answers } of enumerateCombinations(state.space, domains, unit.accept, limit)) {
      if (refusal(state, answers)) continue
      state.reachable += 1
      if (unit.kind === 'choice') {
        if (
          !mayBeEmpty(catalog, unit.document) &&
          !hasClause(catalog, unit.document, answers, clauseById)
        )
          renderAndRecord(state, catalog, unit.document, answers, unit)
        continue
      }
      const keys = textKeys(catalog, unit, answers, clauseById)
      if (keys.length > 0 && keys.every((key) => seen.has(key))) continue
      for (const key of keys) seen.add(key)
      renderAndRecord(state, renderCatalog, unit.document, answers, unit)
    }
  } catch (error) {
    if (!(error instanceof CombinationLimitError)) throw error
    fail(state, {
      ruleId: 'too-many-combinations',
      file: unit.file,
      document: unit.document,
      ...(unit.clause !== undefined && { clause: unit.clause }),
      message: `${unit.file} in ${unit.document}: ${error.message}; split it, or make its conditions depend on fewer answers`,
    })
  }
}

/** The unit's document with only its clause and the clauses that clause refers to. */
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
