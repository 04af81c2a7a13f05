import { strFromU8, unzipSync } from 'fflate'
import { parse } from 'yaml'
import type { Provenance } from './pack-tree.js'

/** What a generated document says about where it came from. */
export interface DocumentProvenance extends Provenance {
  copy: string
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name] ?? '')

/** The values of a property split over `name`, `name 2`, …, in order. */
function splitProperty(properties: Map<string, string>, name: string): string[] {
  return [...properties.entries()]
    .filter(([key]) => key === name || new RegExp(`^${name} \\d+$`).test(key))
    .sort(
      ([a], [b]) => Number(a.slice(name.length + 1) || 1) - Number(b.slice(name.length + 1) || 1),
    )
    .flatMap(([, value]) => value.split(', '))
    .filter(Boolean)
}

function fromProperties(properties: Map<string, string>): DocumentProvenance | undefined {
  const get = (name: string) => properties.get(name) ?? ''
  const clauses = splitProperty(properties, 'clauses')
  const hashes = splitProperty(properties, 'clauseHashes').map((entry) => {
    const at = entry.lastIndexOf('=')
    return [entry.slice(0, at), entry.slice(at + 1)] as const
  })
  const provenance = {
    library: get('library'),
    generator: get('generator'),
    document: get('document'),
    clauses: clauses.filter(Boolean),
    dataVersion: get('dataVersion'),
    answersSha256: get('answersSha256'),
    regime: get('regime'),
    copy: get('copy'),
    ...(hashes.length > 0 && { clauseHashes: Object.fromEntries(hashes) }),
  }
  return provenance.library && provenance.answersSha256 ? provenance : undefined
}

/** Read the custom properties of a DOCX: `docProps/custom.xml`. */
function fromDocx(bytes: Uint8Array): DocumentProvenance | undefined {
  const part = unzipSync(bytes, { filter: (file) => file.name === 'docProps/custom.xml' })[
    'docProps/custom.xml'
  ]
  if (!part) return undefined
  const properties = new Map<string, string>()
  for (const match of strFromU8(part).matchAll(
    /<property\b[^>]*\bname="([^"]*)"[^>]*>\s*<vt:lpwstr>([^<]*)<\/vt:lpwstr>/g,
  )) {
    properties.set(unescapeXml(match[1] ?? ''), unescapeXml(match[2] ?? ''))
  }
  return fromProperties(properties)
}

/** Read the YAML front matter of a generated Markdown document. */
function fromMarkdown(text: string): DocumentProvenance | undefined {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text)
  if (!match) return undefined
  const data = parse(match[1] ?? '', { maxAliasCount: 0 }) as Record<string, unknown> | null
  if (!data || typeof data !== 'object') return undefined
  const properties = new Map<string, string>()
  for (const [key, name] of [
    ['library', 'library'],
    ['generator', 'generator'],
    ['document', 'document'],
    ['data', 'dataVersion'],
    ['answers_sha256', 'answersSha256'],
    ['regime', 'regime'],
    ['copy', 'copy'],
  ] as const) {
    if (typeof data[key] === 'string') properties.set(name, data[key] as string)
  }
  if (Array.isArray(data.clauses)) properties.set('clauses', data.clauses.map(String).join(', '))
  const hashes = data.clause_hashes
  if (hashes && typeof hashes === 'object' && !Array.isArray(hashes)) {
    const entries = Object.entries(hashes).map(([clause, hash]) => `${clause}=${String(hash)}`)
    if (entries.length > 0) properties.set('clauseHashes', entries.join(', '))
  }
  return fromProperties(properties)
}

/**
 * Read the provenance a generated document carries: DOCX custom properties or Markdown front
 * matter.
 *
 * @param content The bytes of a DOCX, or the text of a Markdown document.
 * @returns The provenance, or undefined when the document carries none.
 */
export function readProvenance(content: Uint8Array | string): DocumentProvenance | undefined {
  if (typeof content === 'string') return fromMarkdown(content)
  const isZip = content[0] === 0x50 && content[1] === 0x4b
  return isZip ? fromDocx(content) : fromMarkdown(new TextDecoder().decode(content))
}
