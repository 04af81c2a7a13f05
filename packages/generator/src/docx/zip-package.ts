/**
 * Zip the parts of a package the same way every time: `[Content_Types].xml` first, the rest
 * sorted by name, one fixed mtime and one compression level. With parts that never hold the
 * clock or random ids, the same parts give the same bytes in any process, at any time, in any
 * time zone.
 */
import { strToU8, type Zippable, zipSync } from 'fflate'

/** The mtime of every zip entry. Note: fflate writes DOS times from LOCAL fields, so this is built from local components. */
const ZIP_TIME = new Date(2000, 0, 1, 12)
const CONTENT_TYPES = '[Content_Types].xml'

/**
 * @param files Part names and their XML (or bytes, for media).
 * @returns The package.
 * @example
 * zipPackage(new Map([['[Content_Types].xml', '…'], ['word/document.xml', '…']])) //=> Uint8Array [0x50, 0x4b, …]
 */
export function zipPackage(files: ReadonlyMap<string, string | Uint8Array>): Uint8Array {
  const names = [...files.keys()].sort((a, b) =>
    a === CONTENT_TYPES ? -1 : b === CONTENT_TYPES ? 1 : a < b ? -1 : a > b ? 1 : 0,
  )
  const out: Zippable = {}
  for (const name of names) {
    const data = files.get(name) ?? ''
    out[name] = typeof data === 'string' ? strToU8(data) : data
  }
  return zipSync(out, { level: 6, mtime: ZIP_TIME })
}
