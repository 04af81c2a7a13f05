/**
 * A mistake of the user's (a missing file, an output folder we must not write to), not a bug: the
 * CLI prints its message as one line, with no stack, and exits with `exitCode` (1 for a problem
 * with input, 2 for a wrong argument or option).
 */
export class UserError extends Error {
  override name = 'UserError'

  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message)
  }
}
