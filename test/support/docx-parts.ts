import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'

/**
 * Write every part of a DOCX (a zip) into a folder, keeping the part names as paths.
 *
 * @returns The paths written.
 */
export function extractDocxParts(file: string, folder: string): string[] {
  const entries = unzipSync(new Uint8Array(readFileSync(file)))
  return Object.entries(entries)
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, bytes]) => {
      const target = path.join(folder, name)
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, bytes)
      return target
    })
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Decode the five XML entities and numeric character references. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10))
    return entities[name] ?? whole
  })
}

/** The text of WordprocessingML: `w:t` as written, `w:br` and `w:tab` as `\n` and a tab. */
export function wordprocessingText(xml: string): string {
  return decodeXml(
    xml
      .replace(/<w:br\/>/g, '\n')
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<\/w:p>/g, ' ')
      .replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<[^>]+>/g, (_, text?: string) => text ?? ''),
  )
}

/** Each comment of `word/comments.xml` as XML and as text, in order. */
export function docxComments(commentsXml: string): { xml: string; text: string }[] {
  return [...commentsXml.matchAll(/<w:comment\b[^>]*>([\s\S]*?)<\/w:comment>/g)].map(
    ([, xml = '']) => ({ xml, text: wordprocessingText(xml) }),
  )
}

/** Read one part of a DOCX as text, or `undefined` if the package has no such part. */
export function readDocxPart(file: string, part: string): string | undefined {
  const entries = unzipSync(new Uint8Array(readFileSync(file)), {
    filter: (entry) => entry.name === part,
  })
  const bytes = entries[part]
  return bytes === undefined ? undefined : strFromU8(bytes)
}
