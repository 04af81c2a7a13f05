/**
 * Core (`docProps/core.xml`), extended (`docProps/app.xml`) and custom (`docProps/custom.xml`)
 * properties with the provenance:
 *
 * ```xml
 * <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="answersSha256"><vt:lpwstr>3f2a…</vt:lpwstr></property>
 * ```
 *
 * Note: Word shows at most 255 characters of a text property, so a long clause list is split
 * over `clauses`, `clauses 2`, … at clause boundaries; so is `clauseHashes` (`id@version=hash`,
 * the first 16 hex digits of the clause file's SHA-256).
 */
import type { PackDocumentInfo } from '../pack-tree.js'
import { DECLARATION, escapeXml } from './xml.js'

const MAX = 255
const VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes'
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}'

/** The author of the package, in the core properties. */
export const CREATOR = 'BetterForUs'

function chunk(items: readonly string[]): string[] {
  const chunks: string[] = []
  for (const item of items) {
    const last = chunks.at(-1)
    if (last !== undefined && last.length + 2 + item.length <= MAX)
      chunks[chunks.length - 1] = `${last}, ${item}`
    else chunks.push(item)
  }
  return chunks
}

const numbered = (name: string, values: string[]) =>
  values.map((value, index) => ({ name: index === 0 ? name : `${name} ${index + 1}`, value }))

/**
 * The custom properties of a pack document, in order.
 *
 * @param textSha256 The SHA-256 of the text of `word/document.xml` (see `document-text.ts`).
 */
export function customProperties(
  info: PackDocumentInfo,
  textSha256: string,
): Array<{ name: string; value: string }> {
  const { provenance } = info
  const hashes = Object.entries(provenance.clauseHashes ?? {}).map(
    ([clause, hash]) => `${clause}=${hash}`,
  )
  return [
    { name: 'library', value: provenance.library },
    ...(provenance.layer === undefined ? [] : [{ name: 'layer', value: provenance.layer }]),
    { name: 'generator', value: provenance.generator },
    { name: 'document', value: provenance.document },
    ...numbered('clauses', chunk(provenance.clauses)),
    { name: 'answersSha256', value: provenance.answersSha256 },
    { name: 'textSha256', value: textSha256 },
    { name: 'dataVersion', value: provenance.dataVersion },
    { name: 'regime', value: provenance.regime },
    { name: 'copy', value: info.copy },
    ...numbered('clauseHashes', chunk(hashes)),
  ]
}

/** `docProps/custom.xml` for properties `{ name, value }`. */
export function customXml(properties: ReadonlyArray<{ name: string; value: string }>): string {
  const items = properties
    .map(
      ({ name, value }, index) =>
        `<property fmtid="${FMTID}" pid="${index + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
    )
    .join('')
  return `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="${VT}">${items}</Properties>`
}

/** `docProps/core.xml`: title, subject, creator and the fixed created/modified instant. */
export function coreXml(core: { title: string; subject?: string; instant: string }): string {
  const { title, subject, instant } = core
  return `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title)}</dc:title>${subject === undefined ? '' : `<dc:subject>${escapeXml(subject)}</dc:subject>`}<dc:creator>${CREATOR}</dc:creator><cp:lastModifiedBy>${CREATOR}</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${instant}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${instant}</dcterms:modified></cp:coreProperties>`
}

/** `docProps/app.xml`: the application that wrote the package. */
export const APP_XML = `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="${VT}"><Application>BetterForUs</Application></Properties>`
