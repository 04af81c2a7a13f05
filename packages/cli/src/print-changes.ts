import type { Redline } from '@betterforus/generator'

/** Print one line per clause that changed. */
export function printChanges(redline: Redline): void {
  const { summary } = redline
  const changed = summary.clauses.filter((clause) => clause.status !== 'unchanged')
  console.log(`\n${changed.length} clause(s) changed from ${summary.from} to ${summary.to}:`)
  for (const clause of changed) {
    const versions =
      clause.status === 'changed'
        ? ` ${clause.fromVersion} → ${clause.toVersion}`
        : ` ${clause.toVersion ?? clause.fromVersion ?? ''}`
    const flags = clause.flags.length > 0 ? ` ⚠ ${clause.flags.join('; ')}` : ''
    console.log(`  ${clause.status} ${clause.id}${versions} (${clause.kind})${flags}`)
  }
}
