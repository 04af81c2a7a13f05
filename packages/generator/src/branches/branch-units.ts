import {
  type Catalog,
  type CatalogClause,
  clauseApplies,
  clauseInputs,
  DEFINITIONS_CLAUSE,
  documentClauseIds,
  SCOPE_INPUTS,
  type Template,
  type TemplateTest,
} from '@betterforus/clauses'
import {
  conditionReferences,
  listQuestions,
  type PartialFacts,
  type Questionnaire,
  REGIME_INPUTS,
} from '@betterforus/questionnaire'

/**
 * A part of the pack whose output depends on few questions, enumerated on its own: a clause
 * (body and notes) in its document, a document's opening text, the drafting memo, or a
 * document's choice of clauses.
 */
export interface BranchUnit {
  /** The template file it comes from, such as `clauses/pay-rlw-require.md`. */
  file: string
  /** The pack document it is rendered in. */
  document: string
  /** The clause, for a clause unit. */
  clause?: string
  /** Questions compared or branched on: every class is enumerated. */
  tested: ReadonlySet<string>
  /** Questions only printed: one class, and "not answered" where that is allowed. */
  printed: ReadonlySet<string>
  /** Keeps the combinations the unit is about (a clause unit: the clause is in the pack). */
  accept: (facts: PartialFacts) => boolean
  /** `render` units are rendered; `choice` units only decide which clauses a document has. */
  kind: 'render' | 'choice'
  /**
   * The templates whose output is the unit's text: a combination whose templates give the same
   * text as one already checked, with the same clauses referred to in the pack, makes the same
   * text and is not rendered again. Empty: every combination is rendered.
   */
  templates: Template[]
  /** The clauses its templates refer to. */
  refs: string[]
}

const scopeIfCites = (cites: readonly string[]) => (cites.length > 0 ? SCOPE_INPUTS : [])

/**
 * Whether a clause is in the pack, from answers chosen so far: a unit enumerates every answer in
 * `clauseInputs`, so the answer is never unknown.
 */
export function isIncluded(clause: CatalogClause, facts: PartialFacts): boolean {
  const applies = clauseApplies(clause.meta, facts)
  if (applies === 'unknown') {
    throw new TypeError(`Cannot decide whether ${clause.meta.id} applies: an input was not chosen`)
  }
  return applies
}

/**
 * The answers a template branches on. Note: `rate` reads `document.date` only to print a rate,
 * never to branch, so it counts as printed; `lintBranches` checks rate selection for every
 * date class directly.
 */
function testedIds(tests: readonly TemplateTest[]): string[] {
  return tests.flatMap((test) => (test.helper === 'rate' ? [] : [test.answer]))
}

function printedIds(answers: readonly string[], tests: readonly TemplateTest[]): string[] {
  return [...answers, ...tests.flatMap((test) => (test.helper === 'rate' ? [test.answer] : []))]
}

/** Add what decides whether each question is shown, and what `regime` is derived from. */
function closeOver(ids: Iterable<string>, questionnaire: Questionnaire): Set<string> {
  const showIf = new Map(
    listQuestions(questionnaire).map((question) => [
      question.id,
      question.show_if === undefined ? [] : conditionReferences(question.show_if),
    ]),
  )
  const closed = new Set<string>()
  const add = (id: string): void => {
    if (id === 'regime') {
      for (const input of REGIME_INPUTS) add(input)
      return
    }
    // Note: a library's questionnaire may lack a scope input, such as authority.devolved.
    if (closed.has(id) || !showIf.has(id)) return
    closed.add(id)
    for (const other of showIf.get(id) ?? []) add(other)
  }
  for (const id of ids) add(id)
  return closed
}

/**
 * Split the pack into units that can be enumerated one by one: a clause's output depends only on
 * the answers it tests, prints or is included by, and on whether the clauses it refers to are in
 * the pack; a document's choice of clauses only on its clauses' conditions.
 */
export function branchUnits(catalog: Catalog): BranchUnit[] {
  const { questionnaire } = catalog
  const clauseById = new Map(catalog.clauses.map((clause) => [clause.meta.id, clause]))
  const unit = (
    base: Omit<BranchUnit, 'tested' | 'printed'>,
    tested: Iterable<string>,
    printed: Iterable<string>,
  ): BranchUnit => {
    const closedTested = closeOver(tested, questionnaire)
    const closedPrinted = closeOver(printed, questionnaire)
    for (const id of closedTested) closedPrinted.delete(id)
    return { ...base, tested: closedTested, printed: closedPrinted }
  }
  const glossaryTested = catalog.glossary.flatMap((entry) => testedIds(entry.tests))
  const glossaryPrinted = catalog.glossary.flatMap((entry) =>
    printedIds(entry.answers, entry.tests),
  )
  const units: BranchUnit[] = []
  for (const id of catalog.pack.documents) {
    const document = catalog.documents.find((candidate) => candidate.meta.id === id)
    if (!document) continue
    const isMemo = document.meta.kind === 'memo'
    units.push(
      unit(
        {
          file: `documents/${id}.md`,
          document: id,
          accept: () => true,
          kind: 'render',
          // Note: the memo reports every clause; its few combinations are all rendered.
          templates: isMemo ? [] : [document.intro],
          refs: document.uses.refs,
        },
        // Note: the memo warns when the rates may be stale, which the document date decides.
        [
          ...testedIds(document.uses.tests),
          ...scopeIfCites(document.uses.cites),
          ...(isMemo ? ['document.date'] : []),
        ],
        printedIds(document.uses.answers, document.uses.tests),
      ),
    )
    if (isMemo) continue
    const clauses = documentClauseIds(document).flatMap(
      (clauseId) => clauseById.get(clauseId) ?? [],
    )
    for (const clause of clauses) {
      const targets = clause.uses.refs.flatMap((ref) => clauseById.get(ref) ?? [])
      const isDefinitions = clause.meta.id === DEFINITIONS_CLAUSE
      units.push(
        unit(
          {
            file: `clauses/${clause.meta.id}.md`,
            document: id,
            clause: clause.meta.id,
            accept: (facts) => isIncluded(clause, facts),
            kind: 'render',
            templates: [
              clause.body,
              clause.draftingNote,
              ...(clause.riskNote ? [clause.riskNote] : []),
              ...(isDefinitions ? catalog.glossary.map((entry) => entry.definition) : []),
            ],
            refs: clause.uses.refs,
          },
          [
            ...clauseInputs(clause.meta),
            ...testedIds(clause.uses.tests),
            ...scopeIfCites(clause.uses.cites),
            ...targets.flatMap((target) => clauseInputs(target.meta)),
            ...(isDefinitions ? glossaryTested : []),
          ],
          [
            ...printedIds(clause.uses.answers, clause.uses.tests),
            ...(isDefinitions ? glossaryPrinted : []),
          ],
        ),
      )
    }
    units.push(
      unit(
        {
          file: `documents/${id}.md`,
          document: id,
          accept: () => true,
          kind: 'choice',
          templates: [],
          refs: [],
        },
        clauses.flatMap((clause) => clauseInputs(clause.meta)),
        [],
      ),
    )
  }
  return units
}
