/**
 * Core (`docProps/core.xml`) and custom (`docProps/custom.xml`) properties with the provenance,
 * as docx options:
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

const MAX = 255

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

/**
 * The docx document options for the core and custom properties.
 *
 * @param textSha256 The text hash, or a placeholder to fill in once `word/document.xml` exists.
 */
export function documentProperties(info: PackDocumentInfo, textSha256: string) {
  return {
    title: info.title,
    subject: info.cover.title,
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    revision: 1,
    customProperties: customProperties(info, textSha256),
  }
}
