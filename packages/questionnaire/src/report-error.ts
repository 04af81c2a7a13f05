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
