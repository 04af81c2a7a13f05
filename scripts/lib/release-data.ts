// The release data the web app's release pages read (docs/releases/<version>/release.json): every
// clause added, removed or changed since the previous release, with the kind of change its version
// bump declares, its changelog entries in between and the word-level redline of its template
// source. The same comparison as `betterforus diff` of the library (`redlineLibrary`), kept as data
// because the browser cannot run git or read npm.
import { compareVersions } from '@betterforus/clauses'
import { compileCatalog } from '@betterforus/clauses/compiler'
import { type LibrarySnapshot, redlineLibrary, snapshotClause } from '@betterforus/generator'

const PACKAGE = '@betterforus/clauses'

interface ChangelogEntry {
  version: string
  date: string
  [key: string]: unknown
}

/** What `redlineLibrary` compares, with each clause's changelog beside it. */
type Snapshot = LibrarySnapshot & {
  clauses: Array<LibrarySnapshot['clauses'][number] & { changelog: ChangelogEntry[] }>
}

/** The release and the one before it, each as a templates folder and a version. */
export interface ReleaseDataInput {
  templates: string
  version: string
  previousTemplates: string
  previousVersion: string
}

/**
 * Compile a release's templates folder into the snapshot `redlineLibrary` compares, as the CLI's
 * `diff` reads a release (a published release read as history).
 */
async function snapshot(folder: string, version: string): Promise<Snapshot> {
  const library = { name: PACKAGE, version }
  const { catalog, files } = await compileCatalog(folder, library, { published: true })
  if (!catalog) {
    const messages = files.flatMap((file) => file.messages.map((message) => String(message)))
    throw new Error(`the templates in ${folder} do not compile:\n${messages.join('\n')}`)
  }
  return {
    label: `${PACKAGE}@${version}`,
    clauses: catalog.clauses.map((clause) => ({
      ...snapshotClause(clause, clause.body.source),
      changelog: clause.meta.changelog.map((entry) => ({ ...entry, date: String(entry.date) })),
    })),
  }
}

/** The release data of `version` against `previousVersion`. */
export async function releaseData(input: ReleaseDataInput) {
  const before = await snapshot(input.previousTemplates, input.previousVersion)
  const after = await snapshot(input.templates, input.version)
  const redline = redlineLibrary(before, after)
  const [document] = redline.documents
  const sections = new Map((document?.sections ?? []).map((section) => [section.key, section]))
  const changelogs = new Map(
    [...before.clauses, ...after.clauses].map((clause) => [clause.id, clause.changelog]),
  )
  const clauses = redline.summary.clauses.map((change) => {
    const section = sections.get(change.id)
    // Note: the entries after the older version, up to and including the newer one.
    const changelog = (changelogs.get(change.id) ?? []).filter(
      (entry) =>
        (change.fromVersion === undefined ||
          compareVersions(entry.version, change.fromVersion, change.id) > 0) &&
        (change.toVersion === undefined ||
          compareVersions(entry.version, change.toVersion, change.id) <= 0),
    )
    return {
      ...change,
      changelog,
      ...(change.status !== 'unchanged' &&
        section && { redline: { heading: section.heading, paragraphs: section.paragraphs } }),
    }
  })
  return {
    library: PACKAGE,
    version: input.version,
    previous: input.previousVersion,
    from: redline.summary.from,
    to: redline.summary.to,
    date: document?.date,
    clauses,
  }
}

/** The release data as the committed file holds it. */
export function releaseDataJson(data: Awaited<ReturnType<typeof releaseData>>): string {
  return `${JSON.stringify(data, null, 1)}\n`
}
