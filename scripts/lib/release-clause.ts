// The release bundle's readable pages: one clause as Markdown, its index entry, and the
// changelog built from the clauses' own changelog entries. Each reads a clause as the compiler
// compiled it (`CatalogSource`), so its fields are the front-matter schema's.

import type { ClauseFrontMatter, principles, Regime } from '@betterforus/clauses'
import type { CatalogSource } from '@betterforus/clauses/compiler'

type Clause = CatalogSource['clauses'][number]
type Principle = (typeof principles)[number]
type Tag = NonNullable<ClauseFrontMatter['legal_basis'][Regime]>[number]['tag']

// Note: typed by the library's own lists, so a new regime, principle or tag fails the type check
// until it has a name here.
const REGIMES: Record<Regime, string> = {
  pa2023: 'Procurement Act 2023',
  pcr2015: 'Public Contracts Regulations 2015',
  scotland: 'Scottish regime',
}
const TAGS: Record<Tag, string> = { V: 'verified', S: 'secondary source', U: 'unverified' }
const PRINCIPLES: Record<Principle, string> = {
  respect: 'Respect',
  'decent-pay': 'Decent pay',
  'good-work': 'Good work',
  'sustainable-procurement': 'Sustainable procurement',
  'employee-voice': 'Employee voice',
}

/** One entry of `index.json`. */
export interface IndexEntry {
  id: string
  title: string
  version: string
  principles: string[]
  regimes: string[]
  nations: string[]
}

/** The index entry of one clause. */
export function indexEntry({ meta }: Clause): IndexEntry {
  return {
    id: meta.id,
    title: meta.title,
    version: meta.version,
    principles: meta.principles,
    regimes: meta.applies.regimes,
    nations: meta.applies.nations,
  }
}

/**
 * One clause as readable Markdown: metadata, legal basis per regime with confidence tags, the
 * template source, the drafting and risk notes and the changelog.
 */
export function clausePage(clause: Clause): string {
  const { meta } = clause
  const body = clause.body.source
  const fence = body.includes('```') ? '````' : '```'
  const lines = [
    `# ${meta.title}`,
    '',
    `- **Id:** \`${meta.id}\``,
    `- **Version:** ${meta.version} (${meta.status})`,
    `- **Principles:** ${meta.principles.map((id) => PRINCIPLES[id]).join(', ')}`,
    `- **Regimes:** ${meta.applies.regimes.map((id) => REGIMES[id]).join(', ')}`,
    `- **Nations:** ${meta.applies.nations.join(', ')}`,
    `- **Licence:** ${meta.licence}`,
    '',
    '## Legal basis',
    '',
  ]
  for (const [regime, citations] of Object.entries(meta.legal_basis) as Array<
    [Regime, NonNullable<ClauseFrontMatter['legal_basis'][Regime]>]
  >) {
    lines.push(`### ${REGIMES[regime]}`, '')
    for (const citation of citations) {
      const tag = citation.tag ? ` [${citation.tag}: ${TAGS[citation.tag]}]` : ''
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
  lines.push('## Drafting note', '', meta.drafting_note.trim(), '')
  if (meta.risk_note) lines.push('## Risk note', '', meta.risk_note.trim(), '')
  lines.push('## Changelog', '')
  for (const change of meta.changelog)
    lines.push(
      `- **${change.version}** (${change.date}): ${change.summary}${change.reason ? ` Reason: ${change.reason}.` : ''}`,
    )
  return `${lines.join('\n').trimEnd()}\n`
}

/**
 * The changelog from the clauses' own entries, grouped by principle (a clause under each of its
 * principles), newest version first within a clause.
 */
export function clauseChangelog(clauses: Clause[]): string {
  const lines = ['# Changelog of the clause library', '']
  for (const [principle, name] of Object.entries(PRINCIPLES) as Array<[Principle, string]>) {
    const members = clauses
      .map((clause) => clause.meta)
      .filter((meta) => meta.principles.includes(principle))
    if (members.length === 0) continue
    lines.push(`## ${name}`, '')
    for (const meta of members.sort((a, b) => a.id.localeCompare(b.id))) {
      for (const change of [...meta.changelog].reverse())
        lines.push(`- \`${meta.id}\` ${change.version} (${change.date}): ${change.summary}`)
    }
    lines.push('')
  }
  return `${lines.join('\n').trimEnd()}\n`
}
