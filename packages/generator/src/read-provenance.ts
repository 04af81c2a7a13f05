import { SaxesParser } from 'saxes'
import { DocumentReadError } from './document-read-error.js'
import { textSha256 } from './document-text.js'
import { docxText } from './docx/docx-text.js'
import type { Provenance } from './pack-tree.js'
import { readFrontMatter } from './read-front-matter.js'
import { readZipParts } from './read-zip-parts.js'

/** What a generated document says about where it came from, and what its text is now. */
export interface DocumentProvenance extends Provenance {
  copy: string
  /** The SHA-256 of the text recorded when it was generated; absent in older documents. */
  textSha256?: string
  /** The SHA-256 of the text as read now (see `document-text.ts` for what "text" is). */
  actualTextSha256: string
}

/** The largest document `readProvenance` reads; ours are well under 1 MiB. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024
/** Caps on what each part of a DOCX may inflate to. */
const PART_CAPS = { 'docProps/custom.xml': 1024 * 1024, 'word/document.xml': 32 * 1024 * 1024 }

/** The values of a property split over `name`, `name 2`, …, in order. */
function splitProperty(properties: Map<string, string>, name: string): string[] {
  const values: string[] = []
  for (let index = 1; properties.has(index === 1 ? name : `${name} ${index}`); index += 1) {
    values.push(...(properties.get(index === 1 ? name : `${name} ${index}`) ?? '').split(', '))
  }
  return values.filter(Boolean)
}

function fromProperties(
  properties: Map<string, string>,
  actualTextSha256: string,
): DocumentProvenance | undefined {
  const get = (name: string) => properties.get(name) ?? ''
  const hashes = splitProperty(properties, 'clauseHashes').map((entry) => {
    const at = entry.lastIndexOf('=')
    return [entry.slice(0, at), entry.slice(at + 1)] as const
  })
  const text = properties.get('textSha256')
  const provenance: DocumentProvenance = {
    library: get('library'),
    generator: get('generator'),
    document: get('document'),
    clauses: splitProperty(properties, 'clauses'),
    dataVersion: get('dataVersion'),
    answersSha256: get('answersSha256'),
    regime: get('regime'),
    copy: get('copy'),
    ...(properties.has('layer') && { layer: get('layer') }),
    ...(properties.has('layerLogo') && { layerLogo: get('layerLogo') }),
    ...(hashes.length > 0 && { clauseHashes: Object.fromEntries(hashes) }),
    ...(text !== undefined && { textSha256: text }),
    actualTextSha256,
  }
  return provenance.library && provenance.answersSha256 ? provenance : undefined
}

/** The `vt:lpwstr` value of each `property` of `docProps/custom.xml`, by name. */
function customProperties(xml: string): Map<string, string> {
  const properties = new Map<string, string>()
  const parser = new SaxesParser()
  let name: string | undefined
  let value: string[] | undefined
  parser.on('opentag', (node) => {
    const local = node.name.slice(node.name.indexOf(':') + 1)
    if (local === 'property') name = String(node.attributes.name ?? '')
    else if (local === 'lpwstr' && name !== undefined) value = []
  })
  parser.on('text', (text) => value?.push(text))
  parser.on('closetag', (node) => {
    const local = node.name.slice(node.name.indexOf(':') + 1)
    if (local !== 'property' || name === undefined) return
    if (properties.has(name))
      throw new DocumentReadError(`its properties name ${JSON.stringify(name)} twice`)
    if (value) properties.set(name, value.join(''))
    name = undefined
    value = undefined
  })
  parser.write(xml).close()
  return properties
}

/** Parse an XML part, turning saxes' errors into one line naming the part. */
function parsePart<T>(name: string, bytes: Uint8Array, read: (xml: string) => T): T {
  try {
    return read(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (error) {
    if (error instanceof DocumentReadError) throw error
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new DocumentReadError(`its part ${name} is not well-formed XML (${why})`)
  }
}

/** Read the custom properties of a DOCX, and the text of its body. */
function fromDocx(bytes: Uint8Array): DocumentProvenance | undefined {
  const parts = readZipParts(bytes, PART_CAPS)
  const custom = parts.get('docProps/custom.xml')
  const document = parts.get('word/document.xml')
  if (!custom) return undefined
  if (!document) throw new DocumentReadError('it has no word/document.xml, so no text to check')
  const properties = parsePart('docProps/custom.xml', custom, customProperties)
  const text = parsePart('word/document.xml', document, docxText)
  return fromProperties(properties, textSha256(text))
}

/** The Markdown front-matter keys and the provenance fields they hold. */
const MARKDOWN_KEYS = [
  ['library', 'library'],
  ['generator', 'generator'],
  ['document', 'document'],
  ['data', 'dataVersion'],
  ['answers_sha256', 'answersSha256'],
  ['regime', 'regime'],
  ['copy', 'copy'],
  ['text_sha256', 'textSha256'],
  ['layer', 'layer'],
  ['layer_logo', 'layerLogo'],
] as const

/** Read the YAML front matter of a generated Markdown document, and hash its body. */
function fromMarkdown(text: string): DocumentProvenance | undefined {
  const read = readFrontMatter(text)
  if (!read) return undefined
  const { data, body } = read
  const properties = new Map<string, string>()
  for (const [key, name] of MARKDOWN_KEYS) {
    const value = data[key]
    if (typeof value === 'string') properties.set(name, value)
  }
  if (Array.isArray(data.clauses)) properties.set('clauses', data.clauses.map(String).join(', '))
  const hashes = data.clause_hashes
  if (hashes && typeof hashes === 'object' && !Array.isArray(hashes)) {
    const entries = Object.entries(hashes).map(([clause, hash]) => `${clause}=${String(hash)}`)
    if (entries.length > 0) properties.set('clauseHashes', entries.join(', '))
  }
  return fromProperties(properties, textSha256(body))
}

/**
 * Read the provenance a generated document carries (DOCX custom properties or Markdown front
 * matter) and hash its text as it is now, safely on any bytes: every size is capped before it
 * is read or inflated, XML goes through a real parser and front matter through the hardened
 * YAML reader.
 *
 * @param content The bytes of a DOCX, or of a Markdown document (or its text).
 * @returns The provenance, or undefined when the document carries none.
 * @throws {DocumentReadError} When the document cannot be read safely, saying why in one line.
 */
export function readProvenance(content: Uint8Array | string): DocumentProvenance | undefined {
  if (content.length > MAX_DOCUMENT_BYTES)
    throw new DocumentReadError(
      `it is ${content.length} bytes; a generated document is at most ${MAX_DOCUMENT_BYTES}`,
    )
  if (typeof content === 'string') return fromMarkdown(content)
  const isZip = content[0] === 0x50 && content[1] === 0x4b
  if (isZip) return fromDocx(content)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content)
  } catch {
    throw new DocumentReadError('it is neither a DOCX nor UTF-8 Markdown')
  }
  return fromMarkdown(text)
}
