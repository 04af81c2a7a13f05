import { catalog } from '@betterforus/clauses'
import type { Answers } from '@betterforus/questionnaire'

/**
 * The JSON of an answers file: tagged with the questionnaire version, answers nested by id.
 *
 * @param answers The answers.
 * @returns The file's text, ending in a newline.
 */
export function answersFileText(answers: Answers): string {
  return `${JSON.stringify({ questionnaireVersion: catalog.questionnaire.version, ...answers }, null, 2)}\n`
}
