import { readFile, stat } from 'node:fs/promises'
import { MAX_ANSWERS_BYTES } from '@betterforus/questionnaire'
import type { VFile } from 'vfile'

/**
 * Read an answers file, refusing one over the size cap before reading it (U11). A file that is too
 * large or cannot be read becomes a fatal message on `file`.
 *
 * @param file The answers file, by its `path`.
 * @returns Its bytes, or undefined after a message.
 */
export async function readAnswersFile(file: VFile): Promise<Uint8Array | undefined> {
  const fail = (reason: string, ruleId: string) => {
    file.message(reason, { ruleId, source: 'betterforus' }).fatal = true
    return undefined
  }
  try {
    const size = (await stat(file.path)).size
    if (size > MAX_ANSWERS_BYTES) {
      return fail(
        `the answers file is ${size} bytes; the limit is ${MAX_ANSWERS_BYTES} bytes`,
        'too-large',
      )
    }
    return new Uint8Array(await readFile(file.path))
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    return fail(`cannot read the answers file: ${code ?? message}`, 'unreadable')
  }
}
