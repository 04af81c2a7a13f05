import type { Place } from '@betterforus/questionnaire'

/**
 * The line and column where a file first names something, for checks that run on the compiled
 * library, after the parsers' positions are gone.
 *
 * @param text The file's text.
 * @param candidates What to look for, best first (such as `"remedy"`, then `remedy`).
 * @returns The place of the first candidate found, or undefined: never a guessed place.
 */
export function placeOf(text: string, candidates: readonly string[]): Place | undefined {
  for (const candidate of candidates) {
    const index = candidate === '' ? -1 : text.indexOf(candidate)
    if (index === -1) continue
    const before = text.slice(0, index)
    const line = before.split('\n').length
    return { line, column: index - before.lastIndexOf('\n') }
  }
  return undefined
}
