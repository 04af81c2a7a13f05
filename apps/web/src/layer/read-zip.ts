import { unzipSync } from 'fflate'
import { describeBytes, MAX_LAYER_ENTRIES, MAX_LAYER_UNPACKED_BYTES } from './archive-limits.js'
import { entryPath } from './archive-path.js'
import { type ArchiveRead, damaged, tooLargeUnpacked, tooManyEntries } from './archive-read.js'

interface Listed {
  name: string
  path: string
  size: number
}

/** Thrown from fflate's filter to stop reading the directory at the entry cap. */
class TooMany extends Error {}

/**
 * Read a zip's regular files. Every name and size is checked from the zip's directory before
 * anything is inflated; fflate then inflates each file into a buffer of its stated size, so a
 * file that claims less than it holds cannot take more memory than it claimed.
 *
 * @param bytes The zip.
 * @returns Its files by path, or every problem.
 */
export function readZip(bytes: Uint8Array): ArchiveRead {
  const listed: Listed[] = []
  const problems: string[] = []
  let entries = 0
  let total = 0
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries += 1
        if (entries > MAX_LAYER_ENTRIES) throw new TooMany()
        if (file.name.endsWith('/')) return false
        const checked = entryPath(file.name)
        if ('problem' in checked) problems.push(checked.problem)
        else if ('path' in checked) {
          listed.push({ name: file.name, path: checked.path, size: file.originalSize })
          total += file.originalSize
        }
        return false
      },
    })
  } catch (error) {
    if (error instanceof TooMany) return { problems: [tooManyEntries(MAX_LAYER_ENTRIES)] }
    return { problems: [damaged((error as Error).message)] }
  }
  if (total > MAX_LAYER_UNPACKED_BYTES)
    return { problems: [tooLargeUnpacked(describeBytes(MAX_LAYER_UNPACKED_BYTES))] }
  if (problems.length > 0) return { problems }
  const wanted = new Set(listed.map((file) => file.name))
  let inflated: Record<string, Uint8Array>
  try {
    inflated = unzipSync(bytes, { filter: (file) => wanted.has(file.name) })
  } catch (error) {
    return { problems: [damaged((error as Error).message)] }
  }
  const files = []
  for (const file of listed) {
    const data = Object.hasOwn(inflated, file.name) ? inflated[file.name] : undefined
    // Note: a file shorter than its stated size was cut short; fflate checks no CRC.
    if (!data || data.length !== file.size)
      return { problems: [damaged(`the entry ${file.path} is not the size the zip states`)] }
    files.push({ path: file.path, bytes: data })
  }
  return { files }
}
