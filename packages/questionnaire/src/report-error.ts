import type { VFile } from 'vfile'

/** A place in a file, 1-based. */
export interface Place {
  line: number
  column: number
}

/**
 * Add a fatal message (an error that makes the file unusable) without throwing.
 *
 * @param file
 *   The file.
 * @param reason
 *   What is wrong and how to fix it.
 * @param ruleId
 *   Stable kebab-case id of the check.
 * @param place
 *   Where, when known; never invented.
 * @returns
 *   The message.
 */
export function reportError(
  file: VFile,
  reason: string,
  ruleId: string,
  place?: Place | { start: Place; end: Place },
): ReturnType<VFile['message']> {
  const message = file.message(reason, {
    ...(place === undefined ? {} : { place }),
    ruleId,
    source: 'betterforus',
  })
  message.fatal = true
  return message
}

/**
 * Every message on the files as `file:line:column: error: reason [rule-id]`, the form editors and
 * CI logs link to, in file order; the place is left out where it is not known (such messages come
 * last in their file).
 *
 * @param files The files with their messages.
 * @param name How a file's path is shown (the CLI shows it relative to the current folder).
 */
export function messageLines(
  files: readonly VFile[],
  name: (path: string) => string = (path) => path,
): string[] {
  return files.flatMap((file) =>
    [...file.messages]
      .sort(
        (a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0),
      )
      .map((message) => {
        const place = message.line ? `:${message.line}:${message.column ?? 1}` : ''
        const severity = message.fatal ? 'error' : 'warning'
        const rule = message.ruleId ? ` [${message.ruleId}]` : ''
        return `${file.path ? name(file.path) : '<input>'}${place}: ${severity}: ${message.reason}${rule}`
      }),
  )
}
