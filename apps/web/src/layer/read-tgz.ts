import { unpackTar } from 'modern-tar'
import {
  describeBytes,
  MAX_LAYER_ENTRIES,
  MAX_LAYER_TAR_BYTES,
  MAX_LAYER_UNPACKED_BYTES,
} from './archive-limits.js'
import { entryPath } from './archive-path.js'
import {
  type ArchiveFile,
  type ArchiveRead,
  damaged,
  tooLargeUnpacked,
  tooManyEntries,
} from './archive-read.js'
import { gunzipCapped } from './gunzip-capped.js'

/** Thrown from modern-tar's filter to stop reading at the entry cap. */
class TooMany extends Error {}

/**
 * Read a gzipped tar's regular files (an npm package, `npm pack`): inflated with a running cap,
 * read by modern-tar with its header checksums checked; folders, links, devices and FIFOs are
 * skipped, never followed.
 *
 * @param bytes The `.tgz`.
 * @returns Its files by path, or every problem.
 */
export async function readTgz(bytes: Uint8Array): Promise<ArchiveRead> {
  let tar: Uint8Array | undefined
  try {
    tar = gunzipCapped(bytes, MAX_LAYER_TAR_BYTES)
  } catch (error) {
    return { problems: [damaged((error as Error).message)] }
  }
  if (!tar) return { problems: [tooLargeUnpacked(describeBytes(MAX_LAYER_UNPACKED_BYTES))] }
  const problems: string[] = []
  let entries = 0
  let read: Awaited<ReturnType<typeof unpackTar>>
  try {
    read = await unpackTar(tar, {
      strict: true,
      filter: (header) => {
        entries += 1
        if (entries > MAX_LAYER_ENTRIES) throw new TooMany()
        if ((header.type ?? 'file') !== 'file') return false
        const checked = entryPath(header.name)
        if ('problem' in checked) problems.push(checked.problem)
        return 'path' in checked
      },
    })
  } catch (error) {
    if (error instanceof TooMany) return { problems: [tooManyEntries(MAX_LAYER_ENTRIES)] }
    return { problems: [damaged((error as Error).message)] }
  }
  if (problems.length > 0) return { problems }
  const files: ArchiveFile[] = []
  let total = 0
  for (const entry of read) {
    const checked = entryPath(entry.header.name)
    if (!('path' in checked) || !entry.data) continue
    total += entry.data.length
    files.push({ path: checked.path, bytes: entry.data })
  }
  if (total > MAX_LAYER_UNPACKED_BYTES)
    return { problems: [tooLargeUnpacked(describeBytes(MAX_LAYER_UNPACKED_BYTES))] }
  return { files }
}
