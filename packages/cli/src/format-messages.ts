import path from 'node:path'
import type { VFile } from 'vfile'

/**
 * Format every message as `file:line:column: error: reason [rule-id]`, the form editors and CI
 * logs link to; the place is left out where it is not known.
 */
export function formatMessages(files: VFile[], cwd = process.cwd()): string {
  const lines: string[] = []
  for (const file of files) {
    const name = file.path ? path.relative(cwd, file.path) || file.path : '<input>'
    // Note: in file order; messages without a place (such as a missing answer) come last.
    const sorted = [...file.messages].sort(
      (a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0),
    )
    for (const message of sorted) {
      const place = message.line ? `:${message.line}:${message.column ?? 1}` : ''
      const severity = message.fatal ? 'error' : 'warning'
      lines.push(
        `${name}${place}: ${severity}: ${message.reason}${message.ruleId ? ` [${message.ruleId}]` : ''}`,
      )
    }
  }
  return lines.join('\n')
}

/** Count the errors (fatal messages) across files. */
export function countErrors(files: VFile[]): number {
  return files.reduce(
    (sum, file) => sum + file.messages.filter((message) => message.fatal).length,
    0,
  )
}
