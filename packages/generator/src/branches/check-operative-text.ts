import { type Catalog, findPlaceholder, type ScopeFacts, scopeProblem } from '@betterforus/clauses'
import type { RootContent } from 'mdast'
import { toString as textOf } from 'mdast-util-to-string'
import type { PackDocument } from '../pack-tree.js'

/** A problem in the text a bidder reads, found in one rendered document. */
export interface OperativeTextProblem {
  ruleId: 'citation-scope' | 'placeholder'
  clause?: string
  message: string
}

const isNote = (node: RootContent) => node.type === 'blockquote' && node.data?.note !== undefined
const DIGIT = /\d/

/** Whether a phrase is in a text, followed by anything but a digit ("section 6" is not "section 69"). */
function mentions(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!DIGIT.test(text.charAt(at + phrase.length))) return true
  }
  return false
}

/**
 * Check the operative text of a rendered document (its issue copy: everything but the notes):
 * every statutory provision it names must apply to the pack's scope (`data/citations.yaml`), and
 * no drafting placeholder may be left in it.
 *
 * @param tree A document from `generatePack` (either copy; notes are skipped).
 * @param catalog The catalog, for its provisions.
 * @param scope The pack's scope, from `scopeOf`.
 */
export function checkOperativeText(
  tree: PackDocument,
  catalog: Catalog,
  scope: ScopeFacts,
): OperativeTextProblem[] {
  const problems: OperativeTextProblem[] = []
  const outOfScope = Object.entries(catalog.data.provisions).flatMap(([id, provision]) => {
    const why = scopeProblem(provision, scope)
    return why === undefined ? [] : [{ id, provision, why }]
  })
  let clause: string | undefined
  for (const node of tree.children) {
    if (isNote(node)) continue
    if (node.type === 'heading' && node.data?.clause) clause = node.data.clause.id
    const where = clause === undefined ? {} : { clause }
    const text = textOf(node)
    for (const { id, provision, why } of outOfScope) {
      const phrase = provision.text.find((candidate) => mentions(text, candidate))
      const message = `the text cites "${phrase}" (${id}), but ${why}: cite it through {{cite}}, whose forms say what applies instead, or leave it out for these answers`
      const known = problems.some(
        (problem) => problem.message === message && problem.clause === clause,
      )
      if (phrase !== undefined && !known)
        problems.push({ ruleId: 'citation-scope', ...where, message })
    }
    const placeholder = findPlaceholder(text)
    if (placeholder)
      problems.push({
        ruleId: 'placeholder',
        ...where,
        message: `bidders read the placeholder "${placeholder.found}": "${placeholder.around}"`,
      })
  }
  return problems
}
