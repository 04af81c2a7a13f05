import type { Catalog } from '@betterforus/clauses'
import type { Answers } from '@betterforus/questionnaire'
import { generatePack } from '../generate-pack.js'
import { GenerationError } from '../generation-error.js'
import { toMarkdownDocument } from '../to-markdown.js'
import type { BranchUnit } from './branch-units.js'
import { checkDocument } from './check-document.js'

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

/** Render one document of the pack and check it; an exception is a problem too. */
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
    const problems = checkDocument(tree, toMarkdownDocument(tree), catalog)
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
