// The release bundle's readable pages: one clause as Markdown, its index entry, and the
// changelog built from the clauses' own changelog entries.
import { splitClause } from './clause-versions.js'

const REGIMES = {
  pa2023: 'Procurement Act 2023',
  pcr2015: 'Public Contracts Regulations 2015',
  scotland: 'Scottish regime',
}
const TAGS = { V: 'verified', S: 'secondary source', U: 'unverified' }
const PRINCIPLES = {
  respect: 'Respect',
  'decent-pay': 'Decent pay',
  'good-work': 'Good work',
  'sustainable-procurement': 'Sustainable procurement',
  'employee-voice': 'Employee voice',
}

/**
 * @typedef {{ id: string, title: string, version: string, principles: string[], regimes: string[], nations: string[] }} IndexEntry
 */

/**
 * The index entry of one clause file.
 *
 * @param {string} text
 * @returns {IndexEntry}
 */
export function indexEntry(text) {
  const { meta } = splitClause(text)
  const applies = /** @type {{ regimes?: string[], nations?: string[] }} */ (meta.applies ?? {})
  return {
    id: String(meta.id),
    title: String(meta.title),
    version: String(meta.version),
    principles: /** @type {string[]} */ (meta.principles ?? []),
    regimes: applies.regimes ?? [],
    nations: applies.nations ?? [],
  }
}

/**
 * One clause as readable Markdown: metadata, legal basis per regime with confidence tags, the
 * template source, the drafting and risk notes and the changelog.
 *
 * @param {string} text
 * @param {string} licence
 * @returns {string}
 */
export function clausePage(text, licence) {
  const { meta, body } = splitClause(text)
  const entry = indexEntry(text)
  const basis = /** @type {Record<string, { cite: string, source?: string, tag?: string }[]>} */ (
    meta.legal_basis ?? {}
  )
  const changelog =
    /** @type {{ version: string, date?: string, summary?: string, reason?: string }[]} */ (
      meta.changelog ?? []
    )
  const fence = body.includes('```') ? '````' : '```'
  const lines = [
    `# ${entry.title}`,
    '',
    `- **Id:** \`${entry.id}\``,
    `- **Version:** ${entry.version}${meta.status ? ` (${meta.status})` : ''}`,
    `- **Principles:** ${entry.principles.map((id) => PRINCIPLES[/** @type {keyof PRINCIPLES} */ (id)] ?? id).join(', ')}`,
    `- **Regimes:** ${entry.regimes.map((id) => REGIMES[/** @type {keyof REGIMES} */ (id)] ?? id).join(', ')}`,
    `- **Nations:** ${entry.nations.join(', ')}`,
    `- **Licence:** ${meta.licence ?? licence}`,
    '',
    '## Legal basis',
    '',
  ]
  for (const [regime, citations] of Object.entries(basis)) {
    lines.push(`### ${REGIMES[/** @type {keyof REGIMES} */ (regime)] ?? regime}`, '')
    for (const citation of citations) {
      const tag = citation.tag
        ? ` [${citation.tag}: ${TAGS[/** @type {keyof TAGS} */ (citation.tag)] ?? citation.tag}]`
        : ''
      lines.push(`- ${citation.cite}${citation.source ? ` (${citation.source})` : ''}${tag}`)
    }
    lines.push('')
  }
  lines.push(
    '## Text',
    '',
    'The template source: `{{…}}` are filled from the answers.',
    '',
    `${fence}handlebars`,
    body.trim(),
    fence,
    '',
  )
  if (meta.drafting_note) lines.push('## Drafting note', '', String(meta.drafting_note).trim(), '')
  if (meta.risk_note) lines.push('## Risk note', '', String(meta.risk_note).trim(), '')
  lines.push('## Changelog', '')
  for (const change of changelog)
    lines.push(
      `- **${change.version}** (${change.date ?? 'undated'}): ${change.summary ?? ''}${change.reason ? ` Reason: ${change.reason}.` : ''}`,
    )
  return `${lines.join('\n').trimEnd()}\n`
}

/**
 * The changelog from the clauses' own entries, grouped by principle (a clause under each of its
 * principles), newest version first within a clause.
 *
 * @param {string[]} texts
 * @returns {string}
 */
export function clauseChangelog(texts) {
  const lines = ['# Changelog of the clause library', '']
  for (const [principle, name] of Object.entries(PRINCIPLES)) {
    const clauses = texts
      .map((text) => splitClause(text).meta)
      .filter((meta) => /** @type {string[]} */ (meta.principles ?? []).includes(principle))
    if (clauses.length === 0) continue
    lines.push(`## ${name}`, '')
    for (const meta of clauses.sort((a, b) => String(a.id).localeCompare(String(b.id)))) {
      const changes = /** @type {{ version: string, date?: string, summary?: string }[]} */ (
        meta.changelog ?? []
      )
      for (const change of [...changes].reverse())
        lines.push(
          `- \`${meta.id}\` ${change.version} (${change.date ?? 'undated'}): ${change.summary ?? ''}`,
        )
    }
    lines.push('')
  }
  return `${lines.join('\n').trimEnd()}\n`
}
