import { type Catalog, scopeOf } from '@betterforus/clauses'
import { type Answers, deriveRegime } from '@betterforus/questionnaire'
import { generatePack } from '../generate-pack.js'
import { GenerationError } from '../generation-error.js'
import { toMarkdownDocument } from '../to-markdown.js'
import type { BranchUnit } from './branch-units.js'
import { checkDocument } from './check-document.js'
import { checkOperativeText } from './check-operative-text.js'

/** A broken check, as `renderAndCheck` reports it. */
export interface Problem {
  ruleId: string
  clause?: string
  message: string
}

/** Identifies a problem, to compare two renders. */
export function keyOf(problem: Problem): string {
  return `${problem.ruleId}\u0000${problem.clause}\u0000${problem.message}`
}

/**
 * Render one document of the pack and check it, its operative text too (citations in scope, no
 * placeholder); an exception is a problem too.
 */
export function renderAndCheck(
  renderCatalog: Catalog,
  documentId: string,
  answers: Answers,
  unit: BranchUnit,
  catalog: Catalog,
): Problem[] {
  try {
    const pack = generatePack(answers, {
      catalog: renderCatalog,
      copy: 'drafter',
      documents: [documentId],
    })
    const tree = pack.documents[0]
    if (!tree) return []
    const problems: Problem[] = checkDocument(tree, toMarkdownDocument(tree), catalog)
    // Note: the memo is for the drafter only; every other document's operative text is issued.
    const isMemo = catalog.documents.some(
      (document) => document.meta.id === documentId && document.meta.kind === 'memo',
    )
    if (!isMemo)
      problems.push(
        ...checkOperativeText(tree, catalog, scopeOf({ answers, regime: deriveRegime(answers) })),
      )
    // Note: a trimmed document holds only some clauses; whether it has one is checked whole.
    return renderCatalog === catalog
      ? problems
      : problems.filter((problem) => problem.ruleId !== 'empty-document')
  } catch (error) {
    if (!(error instanceof GenerationError)) {
      return [
        {
          ruleId: 'render-error',
          ...(unit.clause && { clause: unit.clause }),
          message: error instanceof Error ? error.message : String(error),
        },
      ]
    }
    return error.problems.map((message) => {
      const named = /^`([^`]+)`/.exec(message)?.[1]
      const clause = catalog.clauses.some((item) => item.meta.id === named) ? named : unit.clause
      return { ruleId: 'unresolved-reference', ...(clause && { clause }), message }
    })
  }
}
