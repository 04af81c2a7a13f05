import path from 'node:path'
import type { Catalog } from '@betterforus/clauses'
import {
  GenerationError,
  generatePack,
  type PackFile,
  packFiles,
  UnknownDocumentError,
} from '@betterforus/generator'
import type { PackLayer } from '@betterforus/layer'
import { parseAnswers } from '@betterforus/questionnaire'
import { VFile } from 'vfile'
import { countErrors, formatMessages } from './format-messages.js'
import { layAnswerBytes } from './layer/lay-answer-bytes.js'
import type { PackOptions } from './pack-options.js'
import { readAnswersFile } from './read-answers-file.js'

/**
 * What one answers file gives: the files of its pack, or a report for stderr. `invalid` and
 * `failed` (exit 1) are problems of that file; `usage` (exit 2) is a wrong option, the same for
 * every file.
 */
export type PackResult =
  | { kind: 'written'; files: PackFile[] }
  | { kind: 'invalid' | 'failed' | 'usage'; report: string }

/**
 * Read and validate one answers file and build every file of its pack in memory: one per
 * document, copy and format, plus `manifest.json`. Writes nothing.
 *
 * @param answersPath The answers file, as the user named it (reports name it so).
 * @returns The files, or the report of why there are none.
 */
export async function buildPackFiles(
  answersPath: string,
  catalog: Catalog,
  options: PackOptions,
  layer?: PackLayer,
): Promise<PackResult> {
  const file = new VFile({ path: path.resolve(answersPath) })
  const read = await readAnswersFile(file)
  const { content: bytes, used } = layAnswerBytes(read, layer?.defaults)
  const parsed =
    bytes === undefined
      ? undefined
      : parseAnswers(bytes, catalog.questionnaire, { path: file.path })
  if (parsed) file.messages.push(...parsed.file.messages)
  if (!parsed?.answers) {
    const summary = `${countErrors([file])} problem(s) in ${answersPath}; nothing was written.`
    return { kind: 'invalid', report: `${formatMessages([file])}\n\n${summary}` }
  }

  let pack: ReturnType<typeof generatePack>
  try {
    pack = generatePack(parsed.answers, {
      catalog,
      copy: options.copy,
      ...(options.documents && { documents: options.documents }),
      ...(layer && { layer: { ...layer.info, defaults: used } }),
    })
  } catch (error) {
    if (error instanceof UnknownDocumentError) {
      return { kind: 'usage', report: `--document: ${error.message}` }
    }
    if (!(error instanceof GenerationError)) throw error
    return { kind: 'failed', report: `${error.message}\nNothing was written.` }
  }
  const files = await packFiles(pack, {
    formats: options.formats,
    toc: options.toc,
    unused: parsed.unused,
    ...(layer && { houseStyle: layer.houseStyle }),
  })
  return { kind: 'written', files }
}
