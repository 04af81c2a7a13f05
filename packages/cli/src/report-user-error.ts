import { InvalidVersionError } from '@betterforus/clauses'
import { LayerError } from '@betterforus/layer'
import { formatMessages } from './format-messages.js'
import { UserError } from './user-error.js'

/** System errors a user causes by naming a path: a missing file, a folder where a file should be. */
const userCodes = new Set(['ENOENT', 'EACCES', 'EPERM', 'ENOTDIR', 'EISDIR', 'EEXIST', 'ELOOP'])

/**
 * Print a user's mistake as one line on stderr, with no stack, and give the exit code; rethrow
 * anything else, which is a bug whose stack we want.
 *
 * Note: commands check what they can with a message of their own (C8); this catches the rest, so
 * a path no check foresaw still gets one line, never a stack trace.
 *
 * @example
 *   reportUserError(new UserError('out is a file, not a folder; …', 2))
 *   //=> 2, after printing "betterforus: out is a file, not a folder; …"
 */
export function reportUserError(error: unknown): number {
  if (error instanceof UserError) {
    console.error(`betterforus: ${error.message}`)
    return error.exitCode
  }
  // Note: every problem of a council layer at its place, then what was refused.
  if (error instanceof LayerError) {
    const report = formatMessages(error.files)
    console.error(`betterforus: ${report ? `${report}\n\n${error.summary}` : error.summary}`)
    return 1
  }
  // Note: a release read as data (`diff --from`) may hold a clause version no schema refused then.
  if (error instanceof InvalidVersionError) {
    console.error(`betterforus: ${error.message}`)
    return 1
  }
  const { code, message } = (error ?? {}) as NodeJS.ErrnoException
  if (typeof code === 'string' && userCodes.has(code)) {
    console.error(`betterforus: ${message}`)
    return 1
  }
  throw error
}
