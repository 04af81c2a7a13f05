/**
 * Read named parts of a zip (a DOCX) that may be hostile, within caps. Note: fflate's `unzipSync`
 * inflates each entry in one go, for as long as its data runs whatever size the directory
 * declares, and gives no entry offsets; so the central directory is read here (APPNOTE 4.3.12,
 * 4.3.16) and each part is inflated by fflate's streaming `Inflate`, a chunk at a time, stopping
 * as soon as it passes its cap.
 */
import { Inflate } from 'fflate'
import { DocumentReadError } from './document-read-error.js'

/** Most entries a DOCX may list; ours have about a dozen. */
export const MAX_ZIP_ENTRIES = 1000
/** Compressed bytes handed to the inflater at a time: at most about 1 MiB of output each. */
const CHUNK = 1024

interface Entry {
  name: string
  method: number
  flags: number
  compressedSize: number
  size: number
  localOffset: number
}

const u16 = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8)
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0

const broken = (why: string) =>
  new DocumentReadError(`it is not a complete DOCX (${why}); was it cut short or damaged?`)

/** The offset of the end-of-central-directory record, searched back over a comment. */
function findEnd(bytes: Uint8Array): number {
  const last = Math.max(0, bytes.length - 22 - 0xffff)
  for (let at = bytes.length - 22; at >= last; at -= 1) {
    if (u32(bytes, at) === 0x06054b50) return at
  }
  throw broken('no zip directory at its end')
}

function readDirectory(bytes: Uint8Array): Map<string, Entry> {
  const end = findEnd(bytes)
  const count = u16(bytes, end + 10)
  const size = u32(bytes, end + 12)
  const offset = u32(bytes, end + 16)
  if (count === 0xffff || offset === 0xffffffff)
    throw broken('a zip64 directory, which no DOCX needs')
  if (count > MAX_ZIP_ENTRIES)
    throw new DocumentReadError(
      `it lists ${count} zip entries; a DOCX has at most ${MAX_ZIP_ENTRIES}`,
    )
  if (offset + size > end) throw broken('its zip directory points past its end')
  const entries = new Map<string, Entry>()
  const decoder = new TextDecoder()
  let at = offset
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || u32(bytes, at) !== 0x02014b50) throw broken('a damaged zip directory')
    const nameLength = u16(bytes, at + 28)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    if (entries.has(name))
      throw new DocumentReadError(`it holds two zip entries named ${JSON.stringify(name)}`)
    entries.set(name, {
      name,
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    })
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32)
  }
  return entries
}

function inflatePart(data: Uint8Array, entry: Entry): Uint8Array {
  const chunks: Uint8Array[] = []
  let total = 0
  const tooBig = () =>
    new DocumentReadError(
      `its part ${entry.name} inflates to more than the ${entry.size} bytes its zip directory declares`,
    )
  const inflater = new Inflate((chunk) => {
    total += chunk.length
    if (total > entry.size) throw tooBig()
    chunks.push(chunk.slice())
  })
  try {
    for (let at = 0; at < data.length; at += CHUNK) {
      inflater.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length)
    }
    if (data.length === 0) inflater.push(data, true)
  } catch (error) {
    if (error instanceof DocumentReadError) throw error
    throw broken(`its part ${entry.name} does not inflate`)
  }
  if (total !== entry.size) throw broken(`its part ${entry.name} is shorter than declared`)
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

/**
 * Read the named parts of a zip, refusing any over its cap before a byte is inflated (by the
 * size the zip directory declares) and while inflating (by what the data really gives).
 *
 * @param bytes The zip.
 * @param caps Part name → most bytes it may hold once inflated.
 * @returns Part name → its bytes, for the parts present.
 * @throws {DocumentReadError} On a truncated or damaged zip, duplicate entries, encryption, an
 *   unknown compression method, or a part over its cap, saying which.
 */
export function readZipParts(
  bytes: Uint8Array,
  caps: Readonly<Record<string, number>>,
): Map<string, Uint8Array> {
  const entries = readDirectory(bytes)
  const parts = new Map<string, Uint8Array>()
  for (const [name, cap] of Object.entries(caps)) {
    const entry = entries.get(name)
    if (!entry) continue
    if (entry.size > cap)
      throw new DocumentReadError(
        `its part ${name} declares ${entry.size} bytes; the limit is ${cap}`,
      )
    if (entry.flags & 1) throw new DocumentReadError(`its part ${name} is encrypted`)
    const local = entry.localOffset
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50)
      throw broken(`a damaged entry for ${name}`)
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28)
    const data = bytes.subarray(start, start + entry.compressedSize)
    if (start + entry.compressedSize > bytes.length) throw broken(`its part ${name} is cut short`)
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw broken(`its part ${name} has two sizes`)
      parts.set(name, data.slice())
    } else if (entry.method === 8) {
      parts.set(name, inflatePart(data, entry))
    } else {
      throw new DocumentReadError(`its part ${name} uses zip compression method ${entry.method}`)
    }
  }
  return parts
}
