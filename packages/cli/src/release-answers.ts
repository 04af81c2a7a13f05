// One release's reading of an answers file and the pack it builds from it, for diff and rerender.
import path from 'node:path'
import { GenerationError, generatePack, type LayerInfo, type Pack } from '@betterforus/generator'
import { parseAnswers } from '@betterforus/questionnaire'
import { VFile } from 'vfile'
import { formatMessages } from './format-messages.js'
import type { Release } from './load-release.js'
import { readAnswersFile } from './read-answers-file.js'

/** Read and validate an answers file against one release's questionnaire. */
export async function answersFor(
  answersPath: string,
  release: Release,
  text?: string,
): Promise<ReturnType<typeof parseAnswers> | string> {
  const file = new VFile({ path: path.resolve(answersPath) })
  const content = text ?? (await readAnswersFile(file))
  if (content === undefined) return formatMessages([file])
  return parseAnswers(content, release.catalog.questionnaire, { path: file.path })
}

/** Build a pack, or say why not (a clause refers to one these answers leave out). */
export function packFor(
  answers: NonNullable<ReturnType<typeof parseAnswers>['answers']>,
  release: Release,
  copy: 'drafter' | 'issue',
  layer?: LayerInfo,
): Pack | string {
  try {
    return generatePack(answers, { catalog: release.catalog, copy, ...(layer && { layer }) })
  } catch (error) {
    if (!(error instanceof GenerationError)) throw error
    return `${release.label}: ${error.message}`
  }
}
