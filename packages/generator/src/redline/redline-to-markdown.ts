/**
 * Write a redline as Markdown with CriticMarkup: `{++inserted++}` and `{--deleted--}`
 * (https://criticmarkup.com). Rendered text is escaped, so an answer such as `# x` stays text; a
 * library redline shows template source as it is.
 */
import type { ChangedParagraph, RedlineDocument, RedlineSummary } from './redline-types.js'

const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>{}#|~!]/g, '\\$&')

function line(paragraph: ChangedParagraph, source: boolean): string {
  const write = source ? (text: string) => text : escapeMarkdown
  return paragraph
    .map((change) =>
      change.kind === 'same'
        ? write(change.text)
        : change.kind === 'insert'
          ? `{++${write(change.text)}++}`
          : `{--${write(change.text)}--}`,
    )
    .join('')
}

/**
 * @param redline A document from `redlinePacks` or `redlineLibrary`.
 * @returns The Markdown diff.
 */
export function redlineToMarkdown(redline: RedlineDocument): string {
  const out = [
    `# Redline: ${escapeMarkdown(redline.title)}`,
    `From \`${redline.from}\` to \`${redline.to}\`. Insertions are marked {++like this++} and deletions {--like this--} (CriticMarkup).`,
  ]
  for (const section of redline.sections) {
    if (section.heading.length > 0) out.push(`## ${line(section.heading, false)}`)
    if (section.note !== undefined) out.push(`*${escapeMarkdown(section.note)}*`)
    for (const paragraph of section.paragraphs) out.push(line(paragraph, redline.source))
  }
  return `${out.join('\n\n')}\n`
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/**
 * The summary of a redline as Markdown: a table of every clause that was added, removed or
 * changed, with its versions, the kind of change and any flags, then a count of the rest.
 */
export function summaryToMarkdown(summary: RedlineSummary): string {
  const changed = summary.clauses.filter((clause) => clause.status !== 'unchanged')
  const out = [
    `# Changes from ${summary.from} to ${summary.to}`,
    summary.mode === 'library'
      ? 'The clause library: each clause body compared as template source.'
      : 'The pack rendered from the same answers by each release.',
  ]
  const documents = summary.documents?.filter((document) => document.status !== 'unchanged') ?? []
  if (documents.length > 0) {
    out.push(
      documents.map((document) => `- document \`${document.id}\` ${document.status}`).join('\n'),
    )
  }
  if (changed.length === 0) out.push('No clause changed.')
  else {
    const rows = changed.map((clause) => {
      const versions =
        clause.status === 'added'
          ? `→ ${clause.toVersion ?? ''}`
          : clause.status === 'removed'
            ? `${clause.fromVersion ?? ''} →`
            : `${clause.fromVersion} → ${clause.toVersion}`
      return `| \`${clause.id}\` | ${cell(clause.title)} | ${clause.status} | ${versions} | ${cell(clause.kind ?? '')} | ${clause.textChanged ? 'yes' : 'no'} | ${cell(clause.flags.join('; '))} |`
    })
    out.push(
      [
        '| Clause | Title | Status | Version | Kind | Text changed | Flags |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
      ].join('\n'),
    )
  }
  const unchanged = summary.clauses.length - changed.length
  out.push(`${unchanged} clause(s) unchanged.`)
  return `${out.join('\n\n')}\n`
}
