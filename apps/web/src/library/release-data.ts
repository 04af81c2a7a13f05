import type { Change, ClauseChange } from '@betterforus/generator'

/** A clause's entry in a release's data (`scripts/lib/release-data.js`). */
export interface ReleaseClause extends ClauseChange {
  changelog: Array<{
    version: string
    date: string
    summary: string
    reason: string
    reviewer?: string
  }>
  redline?: { heading: Change[]; paragraphs: Change[][] }
}

/** `docs/releases/<version>/release.json`: what a release changed since the one before. */
export interface ReleaseData {
  library: string
  version: string
  previous: string
  from: string
  to: string
  date?: string
  clauses: ReleaseClause[]
}

// Note: each release's data is its own chunk, fetched when its page is opened.
const files = import.meta.glob<ReleaseData>('../../../../docs/releases/*/release.json', {
  import: 'default',
})

const loaders = new Map(
  Object.entries(files).map(([file, load]) => [file.split('/').at(-2) as string, load]),
)

/** The versions that have release data, newest first. */
export function releaseVersions(): string[] {
  return [...loaders.keys()].sort((a, b) =>
    b.localeCompare(a, 'en', { numeric: true, sensitivity: 'base' }),
  )
}

/** The data of one release, or `undefined` when there is none. */
export function loadRelease(version: string): Promise<ReleaseData> | undefined {
  return loaders.get(version)?.()
}
