import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { MAX_ANSWERS_BYTES } from '@betterforus/questionnaire'
import type { VFile } from 'vfile'
import { readAtMost } from './read-at-most.js'

/** Plain words for the errors a user can cause by naming a file. */
const reasons: Record<string, string> = {
  ENOENT: 'there is no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
}

/**
 * Read an answers file, never more than the size cap (U11, C5): a device, a FIFO or a socket is
 * refused before reading (their size says nothing: `/dev/zero` reports 0 bytes), and a regular
 * file over the cap is refused before reading, and any file is read only up to one byte past the
 * cap, whatever its size says. A file that is too large
 * or cannot be read becomes a fatal message on `file`.
 *
 * @param file The answers file, by its `path`.
 * @returns Its bytes, or undefined after a message.
 */
export async function readAnswersFile(file: VFile): Promise<Uint8Array | undefined> {
  const fail = (reason: string, ruleId: string) => {
    file.message(reason, { ruleId, source: 'betterforus' }).fatal = true
    return undefined
  }
  // Note: O_NONBLOCK, so opening a FIFO with no writer returns at once instead of hanging.
  const handle = await open(file.path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch(
    (error: NodeJS.ErrnoException) => error,
  )
  if (handle instanceof Error) {
    const code = handle.code ?? ''
    return fail(`cannot read the answers file: ${reasons[code] ?? handle.message}`, 'unreadable')
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) {
      return fail(
        'the answers file is not a regular file (a device, FIFO or socket); save the answers to a .yaml or .json file and name that',
        'not-a-file',
      )
    }
    if (stats.size > MAX_ANSWERS_BYTES) {
      return fail(
        `the answers file is ${stats.size} bytes; the limit is ${MAX_ANSWERS_BYTES} bytes`,
        'too-large',
      )
    }
    // Note: a file that grows after stat (or a size that lies) is still read no further.
    const bytes = await readAtMost(handle, MAX_ANSWERS_BYTES)
    if (!bytes) {
      return fail(
        `the answers file is over ${MAX_ANSWERS_BYTES} bytes; the limit is ${MAX_ANSWERS_BYTES} bytes`,
        'too-large',
      )
    }
    return bytes
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    return fail(`cannot read the answers file: ${reasons[code ?? ''] ?? message}`, 'unreadable')
  } finally {
    await handle.close()
  }
}
