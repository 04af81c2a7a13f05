import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { compileCatalog } from '@betterforus/clauses/compiler'
import { countErrors, formatMessages } from '../format-messages.js'

/**
 * `betterforus lint [templates]`: check every template, the questionnaire and the data, and print
 * each problem as `file:line:column`.
 *
 * @returns The exit code: 1 when there is any error.
 */
export async function lintCommand(directory: string): Promise<number> {
  const root = path.resolve(directory)
  const own = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8').catch(() => '{}'))
  const { catalog, files } = await compileCatalog(root, {
    name: own.name ?? 'templates',
    version: own.version ?? '0.0.0',
  })
  const report = formatMessages(files)
  if (report) console.error(report)
  const errors = countErrors(files)
  if (errors > 0 || !catalog) {
    console.error(`\n${errors} error(s) in ${directory}.`)
    return 1
  }
  console.log(
    `${directory}: ${catalog.clauses.length} clauses, ${catalog.documents.length} documents, no errors.`,
  )
  return 0
}
