import { open, readdir, realpath } from 'node:fs/promises'
import path from 'node:path'
import { type LayerFileRead, type LayerFiles, layerPathProblem } from '@betterforus/layer'
import { readAtMost } from '../read-at-most.js'

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
  const problem = layerPathProblem(relative)
  if (problem) return { problem }
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
    const bytes = await readAtMost(handle, maxBytes)
    if (!bytes)
      return { problem: `\`${relative}\` is over the limit of ${maxBytes} bytes; make it smaller` }
    return { bytes }
  } finally {
    await handle.close()
  }
}

/**
 * A layer folder's files, each read by `readLayerFile`.
 *
 * @param root The layer folder, resolved.
 * @param where The folder as the user named it, for messages about the whole layer.
 */
export function folderLayerFiles(root: string, where: string): LayerFiles {
  return {
    where,
    pathOf: (relative) => path.join(root, relative),
    read: (relative, maxBytes) => readLayerFile(root, relative, maxBytes),
    list: (folder) => readdir(path.join(root, folder)).catch(() => [] as string[]),
  }
}
