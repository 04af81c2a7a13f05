import { open, realpath } from 'node:fs/promises'
import path from 'node:path'

/** What a layer file read gives: its bytes, or why there are none, in words for a message. */
export type LayerFileRead = { bytes: Uint8Array } | { problem: string }

/**
 * Read one file of a council layer, as untrusted as an answers file: the path must stay inside
 * the layer (no `..`, no absolute path, no link out of it), the file must be a regular file, and
 * at most `maxBytes` are ever read.
 *
 * @param root The layer folder, resolved.
 * @param relative The path inside it, as the layer wrote it.
 */
export async function readLayerFile(
  root: string,
  relative: string,
  maxBytes: number,
): Promise<LayerFileRead> {
  if (path.isAbsolute(relative) || relative.split(/[\\/]/).includes('..')) {
    return {
      problem: `\`${relative}\` leaves the layer folder; give a path inside it, such as \`house-style/logo.png\``,
    }
  }
  const wanted = path.resolve(root, relative)
  let real: string
  try {
    real = await realpath(wanted)
  } catch {
    return { problem: `\`${relative}\` does not exist in the layer; add it, or correct the path` }
  }
  const realRoot = await realpath(root)
  if (real !== realRoot && !real.startsWith(`${realRoot}${path.sep}`)) {
    return {
      problem: `\`${relative}\` is a link out of the layer folder; put the file itself in the layer`,
    }
  }
  const handle = await open(real, 'r').catch(() => undefined)
  if (!handle) return { problem: `\`${relative}\` cannot be opened` }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) return { problem: `\`${relative}\` is not a regular file` }
    if (stats.size > maxBytes) {
      return {
        problem: `\`${relative}\` is ${stats.size} bytes, over the limit of ${maxBytes}; make it smaller`,
      }
    }
    // Note: read at most one byte past the limit, whatever stat said, so a growing file is caught.
    const buffer = new Uint8Array(maxBytes + 1)
    let length = 0
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > maxBytes)
      return { problem: `\`${relative}\` is over the limit of ${maxBytes} bytes; make it smaller` }
    return { bytes: buffer.slice(0, length) }
  } finally {
    await handle.close()
  }
}
