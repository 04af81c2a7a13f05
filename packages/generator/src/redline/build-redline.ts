import { versionBump } from '@betterforus/clauses'
import type { Pack } from '../generate-pack.js'
import type { PackDocument } from '../pack-tree.js'
import { alignKeys, documentSections, type TextSection } from './document-sections.js'
import type {
  ClauseChange,
  ClauseStatus,
  Redline,
  RedlineDocument,
  RedlineSection,
} from './redline-types.js'
import { bumpMeaning } from './version-bump.js'
import { diffParagraphs, MAX_EDIT_LENGTH } from './word-diff.js'

/** A release of the clause library, as the library redline compares it. */
export interface LibrarySnapshot {
  /** How to name it: `@betterforus/clauses@1.0.0`, or a folder. */
  label: string
  clauses: Array<{
    id: string
    title: string
    version: string
    /** The clause body's template source. */
    body: string
    /** SHA-256 of the clause file (`CatalogClause.sha256`). */
    sha256: string
    /** The newest changelog date (ISO). */
    date?: string
  }>
}

const FALLBACK_DATE = '2000-01-01'

interface Versioned {
  id: string
  title: string
  version?: string | undefined
}

/** Classify one clause from its two versions and whether its text (and file) changed. */
function classify(
  before: Versioned | undefined,
  after: Versioned | undefined,
  textChanged: boolean,
  mode: 'library' | 'pack',
  fileChanged = false,
): ClauseChange {
  const id = (after ?? before)?.id ?? ''
  const title = (after ?? before)?.title ?? id
  const flags: string[] = []
  if (!before || !after) {
    const status: ClauseStatus = before ? 'removed' : 'added'
    return {
      id,
      title,
      status,
      ...(before?.version !== undefined && { fromVersion: before.version }),
      ...(after?.version !== undefined && { toVersion: after.version }),
      kind: status,
      textChanged: true,
      flags,
    }
  }
  const fromVersion = before.version ?? ''
  const toVersion = after.version ?? ''
  const bump = versionBump(fromVersion, toVersion, id)
  if (bump === 'none' && textChanged) {
    flags.push(
      mode === 'library'
        ? `the text changed but the version did not (still ${toVersion})`
        : `the rendered text changed but the version did not (still ${toVersion}): check the data, the answers and cross-references`,
    )
  } else if (bump === 'none' && fileChanged) {
    flags.push(
      `the clause file changed (notes or front matter) but the version did not (still ${toVersion})`,
    )
  }
  if (bump === 'downgrade') flags.push(`the version went down, from ${fromVersion} to ${toVersion}`)
  const changed = bump !== 'none' || textChanged || fileChanged
  return {
    id,
    title,
    status: changed ? 'changed' : 'unchanged',
    fromVersion,
    toVersion,
    bump,
    kind:
      bump === 'none'
        ? changed
          ? 'text changed without a version bump'
          : 'unchanged'
        : bumpMeaning[bump],
    textChanged,
    flags,
  }
}

/** The flag of a section whose versions were too far apart for a word diff. */
const WHOLE_PARAGRAPHS = `more than ${MAX_EDIT_LENGTH} word edits apart: shown as whole paragraphs deleted and inserted`

function noteOf(change: ClauseChange): string {
  if (change.status === 'added') return `${change.id} ${change.toVersion ?? ''}: added`.trim()
  if (change.status === 'removed') return `${change.id} ${change.fromVersion ?? ''}: removed`.trim()
  const versions =
    change.fromVersion === change.toVersion
      ? `${change.toVersion}`
      : `${change.fromVersion} → ${change.toVersion}`
  return `${change.id} ${versions}: ${change.kind}${change.flags.length > 0 ? ` (${change.flags.join('; ')})` : ''}`
}

function section(
  key: string,
  before: TextSection | undefined,
  after: TextSection | undefined,
  change: ClauseChange | undefined,
): RedlineSection {
  const heading = diffParagraphs(before ? [before.heading] : [], after ? [after.heading] : [])
  const status: ClauseStatus = !before ? 'added' : !after ? 'removed' : 'unchanged'
  const { paragraphs, wholeParagraphs } = diffParagraphs(
    before?.paragraphs ?? [],
    after?.paragraphs ?? [],
  )
  // Note: the flag goes on the clause's summary entry, which the summary table prints.
  if (wholeParagraphs && change && !change.flags.includes(WHOLE_PARAGRAPHS))
    change.flags.push(WHOLE_PARAGRAPHS)
  const clauseId = (after ?? before)?.clauseId
  const note = change ? noteOf(change) : wholeParagraphs ? `${key}: ${WHOLE_PARAGRAPHS}` : undefined
  return {
    key,
    ...(clauseId !== undefined && { clauseId }),
    status: change?.status ?? status,
    heading: heading.paragraphs[0] ?? [],
    ...(note !== undefined && { note }),
    paragraphs,
  }
}

const sameText = (a: TextSection | undefined, b: TextSection | undefined) =>
  a !== undefined && b !== undefined && a.title === b.title && a.stable === b.stable

/**
 * Redline two packs rendered from the same answers by two releases: documents aligned by id,
 * clauses by id, each clause's text diffed word by word.
 *
 * @param before The pack of the older release.
 * @param after The pack of the newer release.
 * @param labels How to name the two releases.
 */
export function redlinePacks(
  before: Pack,
  after: Pack,
  labels: { from: string; to: string },
): Redline {
  const byId = (pack: Pack) => new Map(pack.documents.map((tree) => [tree.data.id, tree]))
  const [old, next] = [byId(before), byId(after)]
  const ids = alignKeys([...old.keys()], [...next.keys()])
  const perDocument = ids.map((id) => {
    const [a, b] = [old.get(id), next.get(id)]
    return { id, a, b, sa: a ? documentSections(a) : [], sb: b ? documentSections(b) : [] }
  })

  // A clause's summary covers every document it is in.
  const clauses = new Map<
    string,
    { a?: TextSection; b?: TextSection; changed: boolean; documents: Set<string> }
  >()
  for (const { id, sa, sb } of perDocument) {
    const [ma, mb] = [new Map(sa.map((s) => [s.key, s])), new Map(sb.map((s) => [s.key, s]))]
    for (const key of new Set([...ma.keys(), ...mb.keys()])) {
      const [x, y] = [ma.get(key), mb.get(key)]
      const clauseId = (y ?? x)?.clauseId
      if (clauseId === undefined || key !== clauseId) continue
      const entry = clauses.get(clauseId) ?? { changed: false, documents: new Set<string>() }
      if (x) entry.a ??= x
      if (y) entry.b ??= y
      entry.changed ||= !sameText(x, y)
      entry.documents.add(id)
      clauses.set(clauseId, entry)
    }
  }
  const changes = new Map(
    [...clauses].map(([clauseId, entry]) => {
      const versioned = (s: TextSection | undefined) =>
        s && { id: clauseId, title: s.title, version: s.version }
      const change = classify(versioned(entry.a), versioned(entry.b), entry.changed, 'pack')
      return [clauseId, { ...change, documents: [...entry.documents].sort() }] as const
    }),
  )

  const documents: RedlineDocument[] = perDocument.map(({ id, a, b, sa, sb }) => {
    const [ma, mb] = [new Map(sa.map((s) => [s.key, s])), new Map(sb.map((s) => [s.key, s]))]
    const tree = (b ?? a) as PackDocument
    return {
      id,
      title: tree.data.title,
      from: labels.from,
      to: labels.to,
      date: tree.data.date,
      source: false,
      sections: alignKeys(
        sa.map((s) => s.key),
        sb.map((s) => s.key),
      ).map((key) => {
        const [x, y] = [ma.get(key), mb.get(key)]
        const clauseId = (y ?? x)?.clauseId
        return section(key, x, y, clauseId === key ? changes.get(clauseId) : undefined)
      }),
    }
  })
  return {
    documents,
    summary: {
      from: labels.from,
      to: labels.to,
      mode: 'pack',
      clauses: [...changes.values()],
      documents: ids.map((id) => ({
        id,
        status: !old.has(id) ? 'added' : !next.has(id) ? 'removed' : 'unchanged',
      })),
    },
  }
}

/**
 * Redline the clause library itself: one document of every clause, aligned by id, each clause's
 * title and body template source diffed word by word.
 */
export function redlineLibrary(before: LibrarySnapshot, after: LibrarySnapshot): Redline {
  const toSection = (clause: LibrarySnapshot['clauses'][number]): TextSection => ({
    key: clause.id,
    clauseId: clause.id,
    version: clause.version,
    title: clause.title,
    heading: clause.title,
    paragraphs: clause.body.split('\n').filter((line) => line.trim() !== ''),
    stable: clause.body,
  })
  const [old, next] = [
    new Map(before.clauses.map((c) => [c.id, c])),
    new Map(after.clauses.map((c) => [c.id, c])),
  ]
  const keys = alignKeys([...old.keys()], [...next.keys()])
  const changes: ClauseChange[] = []
  const sections = keys.map((key) => {
    const [a, b] = [old.get(key), next.get(key)]
    const [x, y] = [a && toSection(a), b && toSection(b)]
    const change = classify(a, b, !sameText(x, y), 'library', a?.sha256 !== b?.sha256)
    changes.push(change)
    return section(key, x, y, change)
  })
  const dates = after.clauses.flatMap((clause) => (clause.date ? [clause.date] : [])).sort()
  return {
    documents: [
      {
        id: 'library',
        title: 'The clause library',
        from: before.label,
        to: after.label,
        date: dates.at(-1) ?? FALLBACK_DATE,
        source: true,
        sections,
      },
    ],
    summary: { from: before.label, to: after.label, mode: 'library', clauses: changes },
  }
}
