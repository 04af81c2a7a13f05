import type { LibrarySnapshot } from './build-redline.js'

/** What a compiled clause gives its snapshot: its front matter's id, title, version, changelog. */
export interface SnapshotSource {
  meta: {
    id: string
    title: string
    version: string
    changelog: ReadonlyArray<{ date: unknown }>
  }
  sha256: string
}

/**
 * One clause as the library redline compares it, dated by its newest changelog entry.
 *
 * @param clause A compiled clause (of a catalog or a compiled templates folder).
 * @param body The clause body's template source.
 * @returns The snapshot's entry for the clause.
 */
export function snapshotClause(
  clause: SnapshotSource,
  body: string,
): LibrarySnapshot['clauses'][number] {
  const date = clause.meta.changelog
    .map((entry) => String(entry.date))
    .sort()
    .at(-1)
  return {
    id: clause.meta.id,
    title: clause.meta.title,
    version: clause.meta.version,
    body,
    sha256: clause.sha256,
    ...(date !== undefined && { date }),
  }
}
