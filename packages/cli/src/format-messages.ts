import path from 'node:path'
import { messageLines } from '@betterforus/questionnaire'
import type { VFile } from 'vfile'

/**
 * Format every message as `file:line:column: error: reason [rule-id]`, the form editors and CI
 * logs link to, each file named relative to `cwd`; the place is left out where it is not known.
 */
export function formatMessages(files: readonly VFile[], cwd = process.cwd()): string {
  return messageLines(files, (name) => path.relative(cwd, name) || name).join('\n')
}

/** Count the errors (fatal messages) across files. */
export function countErrors(files: readonly VFile[]): number {
  return files.reduce(
    (sum, file) => sum + file.messages.filter((message) => message.fatal).length,
    0,
  )
}
