import { catalog } from '@betterforus/clauses'
import { GenerationError, generatePack, type Pack } from '@betterforus/generator'
import { type Answers, parseAnswers } from '@betterforus/questionnaire'
import { answersFileText } from './answers-file-text.js'

export type Copy = 'drafter' | 'issue'

export type PackResult =
  | { kind: 'ok'; pack: Pack; answers: Answers; unused: string[] }
  | { kind: 'invalid'; messages: string[] }

/**
 * Build the pack exactly as the CLI does: the answers go through `parseAnswers` (the same safe
 * parsing and zod schema), then `generatePack`.
 *
 * @param answers The answers read from the form.
 * @param copy `drafter` or `issue`.
 * @returns The pack, or every problem.
 */
export function buildPack(answers: Answers, copy: Copy): PackResult {
  const parsed = parseAnswers(answersFileText(answers), catalog.questionnaire)
  if (!parsed.answers) {
    return {
      kind: 'invalid',
      messages: parsed.file.messages
        .filter((message) => message.fatal)
        .map((message) => message.reason),
    }
  }
  try {
    const pack = generatePack(parsed.answers, { catalog, copy })
    return { kind: 'ok', pack, answers: parsed.answers, unused: parsed.unused }
  } catch (error) {
    if (error instanceof GenerationError) return { kind: 'invalid', messages: error.problems }
    throw error
  }
}

/**
 * Build the pack from answers the shared schema has already checked and normalised
 * (`validateForm`): the same answers `parseAnswers` returns, without parsing their JSON again,
 * which keeps the live preview within 50 ms.
 *
 * @param normalised The schema's output for visible, valid answers.
 * @param copy `drafter` or `issue`.
 * @returns The pack, or every problem.
 */
export function buildPackFromValidated(normalised: Answers, copy: Copy): PackResult {
  try {
    const pack = generatePack(normalised, { catalog, copy })
    return { kind: 'ok', pack, answers: normalised, unused: [] }
  } catch (error) {
    if (error instanceof GenerationError) return { kind: 'invalid', messages: error.problems }
    throw error
  }
}
