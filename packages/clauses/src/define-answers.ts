import type { CatalogAnswers } from './answers.generated.js'

/**
 * Type-check answers written in code against this release's questionnaire: a misspelt path, a
 * missing required answer or a value that is not an option is a compile error. At run time it
 * returns its argument; validate with `parseAnswers` of `@betterforus/questionnaire` as usual.
 *
 * @param answers
 *   The answers.
 * @returns
 *   The same answers.
 * @example
 *   defineAnswers({ authority: { name: 'Leeds City Council', nation: 'england', … }, … })
 */
export function defineAnswers(answers: CatalogAnswers): CatalogAnswers {
  return answers
}
