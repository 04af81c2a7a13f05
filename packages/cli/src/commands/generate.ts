import { stat } from 'node:fs/promises'
import type { PackOptions } from '../pack-options.js'
import { parseFormats } from '../parse-formats.js'

export interface GenerateCommandOptions {
  out: string
  format: string
  copy: string
  templates?: string
  layer?: string
  toc?: boolean
  document?: string
  list?: string
  jobs?: number
  progress?: boolean
}

/**
 * `betterforus generate <answers> --out <dir>`: validate the answers, build the pack, and write
 * one file per document and copy plus `manifest.json`, or nothing at all. Several answers files,
 * a folder of them or `--list` make a batch: each pack in its own folder under `--out`.
 *
 * @returns The exit code.
 */
export async function generateCommand(
  answers: readonly string[],
  options: GenerateCommandOptions,
): Promise<number> {
  const packOptions = readPackOptions(options)
  if (typeof packOptions === 'string') {
    console.error(packOptions)
    return 2
  }
  if (answers.length === 0 && options.list === undefined) {
    console.error(
      'generate: name an answers file, several, a folder of them, or --list <file>; for example `betterforus generate answers.yaml --out pack`',
    )
    return 2
  }
  if (options.list !== undefined || answers.length > 1 || (await isFolder(answers[0] as string))) {
    const { generateBatch } = await import('../batch/generate-batch.js')
    return generateBatch(answers, options, packOptions)
  }
  const { generateOne } = await import('./generate-one.js')
  return generateOne(answers[0] as string, options, packOptions)
}

/** Check `--format` and `--copy`; a message naming the option when one is wrong. */
function readPackOptions(options: GenerateCommandOptions): PackOptions | string {
  const formats = parseFormats(options.format)
  if (typeof formats === 'string') return formats
  if (options.copy !== 'drafter' && options.copy !== 'issue') {
    return `--copy: expected \`drafter\` or \`issue\`, not \`${options.copy}\``
  }
  return {
    formats,
    copy: options.copy,
    toc: options.toc === true,
    documents: options.document?.split(',').map((id) => id.trim()),
  }
}

async function isFolder(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isDirectory() === true
}
