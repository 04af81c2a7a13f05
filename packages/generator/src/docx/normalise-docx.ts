/**
 * Make a packed DOCX deterministic: the same tree gives the same bytes in any process, at any
 * time, in any time zone. docx 9.15.2 writes the clock into `docProps/core.xml` and comment
 * dates, random `rId`s for external hyperlinks, and bookmark ids from a counter shared by the
 * process; fflate writes the current time into each zip entry.
 */
import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate'

/** The mtime of every zip entry. Note: fflate writes DOS times from LOCAL fields, so this is built from local components. */
const ZIP_TIME = new Date(2000, 0, 1, 12)
const CONTENT_TYPES = '[Content_Types].xml'

function renumberBookmarks(xml: string): string {
  const ids = new Map<string, string>()
  return xml.replace(/<w:bookmark(Start|End)\b[^>]*>/g, (tag) =>
    tag.replace(/w:id="([^"]*)"/, (_, id: string) => {
      if (!ids.has(id)) ids.set(id, String(ids.size + 1))
      return `w:id="${ids.get(id)}"`
    }),
  )
}

/**
 * Normalise a DOCX package for reproducible output.
 *
 * @param bytes The package from `Packer.pack`.
 * @param fixedDate The instant for the core created/modified dates and comment dates.
 * @returns The package, re-zipped with sorted entries, one mtime and one compression level.
 * @example
 * normaliseDocx(await Packer.pack(doc, 'uint8array'), new Date('2026-06-01T00:00:00Z')) //=> Uint8Array
 */
export function normaliseDocx(bytes: Uint8Array, fixedDate: Date): Uint8Array {
  return zipParts(unzipSync(bytes), fixedDate)
}

/**
 * Normalise the parts of a DOCX package and zip them: the same as `normaliseDocx`, for parts
 * that were never zipped (so they are compressed once, not twice).
 *
 * @param files Part names and contents, as text or bytes.
 * @param fixedDate The instant for the core created/modified dates and comment dates.
 */
export function zipParts(files: Record<string, string | Uint8Array>, fixedDate: Date): Uint8Array {
  const instant = fixedDate.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const names = Object.keys(files).sort((a, b) =>
    a === CONTENT_TYPES ? -1 : b === CONTENT_TYPES ? 1 : a < b ? -1 : a > b ? 1 : 0,
  )
  const rIds = new Map<string, string>()
  const out: Zippable = {}
  for (const name of names) {
    const data = files[name] ?? new Uint8Array()
    if (!/\.(xml|rels)$/.test(name)) {
      out[name] = typeof data === 'string' ? strToU8(data) : data
      continue
    }
    let xml = typeof data === 'string' ? data : strFromU8(data)
    // Note: docx's numbered ids are `rId1`…; anything longer after `rId` is a random nanoid.
    xml = xml.replace(/\brId(?!\d+")[A-Za-z0-9_-]{8,}(?=")/g, (id) => {
      if (!rIds.has(id)) rIds.set(id, `rIdx${rIds.size + 1}`)
      return rIds.get(id) ?? id
    })
    if (name === 'docProps/core.xml') {
      xml = xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*/g, `$1${instant}`)
    }
    if (name.startsWith('word/comments'))
      xml = xml.replace(/\b(w:date|w16cex:dateUtc)="[^"]*"/g, `$1="${instant}"`)
    if (name === 'word/document.xml') xml = renumberBookmarks(xml)
    out[name] = strToU8(xml)
  }
  return zipSync(out, { level: 6, mtime: ZIP_TIME })
}
