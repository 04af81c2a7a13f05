import path from 'node:path'
import { layDefaults } from '@betterforus/layer'
import type { ParsedYaml } from '@betterforus/questionnaire'
import { VFile } from 'vfile'
import { readAnswersFile } from '../read-answers-file.js'

/**
 * Read an answers file as text with a layer's defaults laid under it, for commands that read the
 * answers as text (`diff`, `rerender`). Undefined when the file cannot be read as UTF-8, so the
 * command reads it as it would without a layer and reports why.
 */
export async function layAnswersFile(
  answersPath: string,
  defaults: ParsedYaml | undefined,
): Promise<{ text: string; used: string[] } | undefined> {
  const bytes = await readAnswersFile(new VFile({ path: path.resolve(answersPath) }))
  if (bytes === undefined) return undefined
  try {
    return layDefaults(new TextDecoder('utf-8', { fatal: true }).decode(bytes), defaults)
  } catch {
    return undefined
  }
}
