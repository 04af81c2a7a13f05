import type { FileHandle } from 'node:fs/promises'

/**
 * Read an open file to its end, but never more than one byte past `maxBytes`, whatever size it
 * claimed (a file that grows after `stat`, a FIFO or a device that reports size 0).
 *
 * @returns Its bytes, or undefined when it holds more than `maxBytes`.
 */
export async function readAtMost(
  handle: FileHandle,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const buffer = new Uint8Array(maxBytes + 1)
  let length = 0
  while (length < buffer.length) {
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
    if (bytesRead === 0) break
    length += bytesRead
  }
  return length > maxBytes ? undefined : buffer.slice(0, length)
}
