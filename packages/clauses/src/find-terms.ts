/**
 * Find which defined terms a text uses: each term as a whole word, case-sensitive, with an
 * optional plural `s`. Longer terms are matched first, so "Contract Staff" is not also counted
 * as "Contract".
 *
 * @param text Template or definition text.
 * @param terms The glossary's terms.
 * @returns The terms found.
 * @example
 *   findTerms('The Supplier must pay Contract Staff.', ['Contract', 'Contract Staff', 'Supplier'])
 *   //=> Set { 'Contract Staff', 'Supplier' }
 */
export function findTerms(text: string, terms: readonly string[]): Set<string> {
  const found = new Set<string>()
  let rest = text
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const pattern = new RegExp(`(?<![\\w-])${escaped}s?(?![\\w-])`, 'g')
    if (!pattern.test(rest)) continue
    found.add(term)
    rest = rest.replace(pattern, (match) => ' '.repeat(match.length))
  }
  return found
}
