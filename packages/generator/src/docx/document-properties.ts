/**
 * Core (`docProps/core.xml`) and custom (`docProps/custom.xml`) properties with the provenance:
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

export function documentProperties(info: PackDocumentInfo) {
  const { provenance } = info
  const clauses = chunk(provenance.clauses).map((value, index) => ({
    name: index === 0 ? 'clauses' : `clauses ${index + 1}`,
    value,
  }))
  const hashes = chunk(
    Object.entries(provenance.clauseHashes ?? {}).map(([clause, hash]) => `${clause}=${hash}`),
  ).map((value, index) => ({
    name: index === 0 ? 'clauseHashes' : `clauseHashes ${index + 1}`,
    value,
  }))
  return {
    title: info.title,
    subject: info.cover.title,
    creator: 'BetterForUs',
    lastModifiedBy: 'BetterForUs',
    revision: 1,
    customProperties: [
      { name: 'library', value: provenance.library },
      { name: 'generator', value: provenance.generator },
      { name: 'document', value: provenance.document },
      ...clauses,
      { name: 'answersSha256', value: provenance.answersSha256 },
      { name: 'dataVersion', value: provenance.dataVersion },
      { name: 'regime', value: provenance.regime },
      { name: 'copy', value: info.copy },
      ...hashes,
    ],
  }
}
