import { open } from 'node:fs/promises'
import { readAtMost } from './read-at-most.js'

/**
 * Read a file of at most `limit` bytes, whatever it is (a FIFO or a device reports size 0), by
 * reading at most `limit + 1` bytes.
 *
 * @returns Its bytes, or the one-line reason it cannot be read (missing, a folder, too large).
 */
export async function readDocumentFile(
  file: string,
  limit: number,
): Promise<{ bytes: Uint8Array } | { problem: string }> {
  let handle: Awaited<ReturnType<typeof open>> | undefined
  try {
    handle = await open(file, 'r')
    const stats = await handle.stat()
    if (stats.isDirectory()) return { problem: 'is a folder; give a generated .docx or .md file' }
    if (stats.size > limit)
      return { problem: `is ${stats.size} bytes; a generated document is at most ${limit}` }
    const bytes = await readAtMost(handle, limit)
    if (!bytes)
      return { problem: `is over ${limit} bytes; a generated document is at most ${limit}` }
    return { bytes }
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    if (code === 'ENOENT') return { problem: 'does not exist; check the path' }
    if (code === 'EISDIR') return { problem: 'is a folder; give a generated .docx or .md file' }
    return { problem: `cannot be read (${code ?? message})` }
  } finally {
    await handle?.close()
  }
}
