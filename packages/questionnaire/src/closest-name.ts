import { closest, distance } from 'fastest-levenshtein'

/**
 * Suggest the known name closest to a misspelt one, when it is close enough.
 *
 * @param name
 *   The name as written.
 * @param known
 *   The valid names.
 * @returns
 *   The suggestion, or `undefined` when nothing is within a third of the name's length (at
 *   least 2 edits).
 * @example
 *   closestName('contract.titel', ['contract.title', 'authority.name']) //=> 'contract.title'
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  if (known.length === 0 || name.length > 200) return undefined
  const guess = closest(name, known)
  const limit = Math.max(2, Math.floor(name.length / 3))
  return distance(name, guess) <= limit ? guess : undefined
}
