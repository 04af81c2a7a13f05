// The clause-version check (bad-inputs.md T12), as pure functions: given the clause files at a
// base and now, and the pending changesets, list every clause whose text changed without the
// version bump and the changeset that say what the change means. Clauses are read by the
// compiler (`readClauseVersions`), versions compared by `versionBump` of the clause library,
// changesets parsed by `@changesets/parse`.

import { InvalidVersionError, isPrerelease, versionBump } from '@betterforus/clauses'
import { type ClauseVersions, readClauseVersions } from '@betterforus/clauses/compiler'
import parseChangeset from '@changesets/parse'

type Kind = 'major' | 'minor' | 'patch'

/** One problem, against a file relative to the repository. */
export interface Violation {
  ruleId: 'clause-version'
  /** The clause id; empty for a changeset that cannot be read. */
  clause: string
  file: string
  reason: string
}

/** A pending changeset: its path relative to the repository, and its text. */
export interface Changeset {
  file: string
  text: string
}

interface Mention {
  kind: Kind
  file: string
  packageBump: Kind | undefined
}

export const CLAUSES_FOLDER = 'templates/clauses'
const LIBRARY = '@betterforus/clauses'
const RANK: Record<Kind, number> = { patch: 1, minor: 2, major: 3 }
// Note: our own convention inside a changeset's summary, which changesets leaves to us.
const CLAUSE_LINE =
  /^[ \t]*[-*]?[ \t]*clause[ \t]+`?([a-z0-9-]+)`?[ \t]*:[ \t]*(major|minor|patch)\b/gim

/**
 * What the pending changesets say about clauses: `clause <id>: <kind>` lines of each summary,
 * with that changeset's bump of `@betterforus/clauses`; and a problem for each changeset that
 * changesets itself cannot read.
 */
export function clauseMentions(changesets: Changeset[]): {
  mentions: Map<string, Mention[]>
  problems: Violation[]
} {
  const mentions = new Map<string, Mention[]>()
  const problems: Violation[] = []
  for (const { file, text } of changesets) {
    let parsed: ReturnType<typeof parseChangeset>
    try {
      parsed = parseChangeset(text)
    } catch (error) {
      const reason = (error as Error).message.split('\n').slice(0, 2).join(' ')
      problems.push({
        ruleId: 'clause-version',
        clause: '',
        file,
        reason: `${reason}: fix the changeset, or write a new one with \`npx changeset\``,
      })
      continue
    }
    const type = parsed.releases.find((release) => release.name === LIBRARY)?.type
    const packageBump = type === 'none' ? undefined : type
    for (const match of parsed.summary.matchAll(CLAUSE_LINE)) {
      const id = match[1] as string
      const kind = (match[2] as string).toLowerCase() as Kind
      mentions.set(id, [...(mentions.get(id) ?? []), { kind, file, packageBump }])
    }
  }
  return { mentions, problems }
}

/**
 * The least bump a change needs that the check can see: `minor` when the body uses a variable or
 * helper it did not use before, else `patch`. Whether the meaning changed (major) is for the
 * author and the lawyer to say in the changeset.
 */
export function leastBump(
  before: ClauseVersions,
  after: ClauseVersions,
): { kind: Kind; added: string[] } {
  const old = new Set(before.calls)
  const added = after.calls.filter((call) => !old.has(call)).sort()
  return { kind: added.length > 0 ? 'minor' : 'patch', added }
}

/**
 * Check every changed clause.
 *
 * @param input Clause files by file name at the base and now, and the pending changesets.
 */
export function checkClauseVersions(input: {
  before: Map<string, string>
  after: Map<string, string>
  changesets: Changeset[]
}): Violation[] {
  const { mentions, problems } = clauseMentions(input.changesets)
  const violations = [...problems]
  const names = [...new Set([...input.before.keys(), ...input.after.keys()])].sort()
  for (const name of names) {
    const [old, now] = [input.before.get(name), input.after.get(name)]
    if (old === now) continue
    violations.push(...checkClause(name, old, now, mentions))
  }
  return violations
}

/** The problems of one clause file that changed. */
function checkClause(
  name: string,
  old: string | undefined,
  now: string | undefined,
  mentions: Map<string, Mention[]>,
): Violation[] {
  const file = `${CLAUSES_FOLDER}/${name}`
  const read = (text: string | undefined, when: string) => {
    if (text === undefined) return undefined
    const { clause, file: messages } = readClauseVersions(text, file)
    return { clause, problems: messages.messages.map((message) => `${when}: ${message.reason}`) }
  }
  const [before, after] = [read(old, 'at the base'), read(now, 'now')]
  const id = after?.clause?.id ?? before?.clause?.id ?? name.replace(/\.md$/, '')
  const violations: Violation[] = []
  const report = (reason: string) =>
    violations.push({ ruleId: 'clause-version', clause: id, file, reason })
  for (const problem of [...(before?.problems ?? []), ...(after?.problems ?? [])])
    report(`clause \`${id}\` cannot be read ${problem}`)
  if (violations.length > 0) return violations

  if (!before || !after) {
    const kind = after ? 'minor' : 'major'
    const what = after ? 'is new' : 'was removed'
    if (!satisfied(mentions.get(id), kind))
      report(
        `clause \`${id}\` ${what}: add a changeset with the line \`clause ${id}: ${kind}\` and \`"${LIBRARY}": ${kind}\``,
      )
    return violations
  }
  try {
    checkChange(before.clause as ClauseVersions, after.clause as ClauseVersions, mentions, report)
  } catch (error) {
    if (!(error instanceof InvalidVersionError)) throw error
    report(error.message)
  }
  return violations
}

/** The problems of a clause that changed between two readable versions. */
function checkChange(
  before: ClauseVersions,
  after: ClauseVersions,
  mentions: Map<string, Mention[]>,
  report: (reason: string) => void,
) {
  const { id } = after
  const [from, to] = [before.version, after.version]
  const least = leastBump(before, after)
  const because =
    least.added.length > 0 ? ` (it uses new variables: ${least.added.join(', ')})` : ''
  const bump = versionBump(from, to, id)
  if (bump === 'none' || bump === 'downgrade') {
    report(
      `clause \`${id}\` changed but its version ${bump === 'none' ? `stayed ${to}` : `went from ${from} to ${to}`}: raise it by at least a ${least.kind}${because}: patch = no change of meaning, minor = optional text or new variables, major = changed obligations`,
    )
    return
  }
  const said = mentions.get(id) ?? []
  if (said.length === 0) {
    report(
      `clause \`${id}\` changed (${from} → ${to}) but no changeset names it: add a changeset with the line \`clause ${id}: ${bump === 'prerelease' ? least.kind : bump}\``,
    )
    return
  }
  const stated = said.reduce((a, b) => (RANK[b.kind] > RANK[a.kind] ? b : a))
  if (RANK[stated.kind] < RANK[least.kind])
    report(
      `clause \`${id}\` needs at least a ${least.kind} bump${because}, but ${stated.file} says ${stated.kind}`,
    )
  else if (bump !== 'prerelease' && bump !== stated.kind)
    report(
      `clause \`${id}\` went from ${from} to ${to}, a ${bump} bump, but ${stated.file} says ${stated.kind}: make them agree`,
    )
  else if (bump === 'prerelease' && !isPrerelease(from, id))
    report(`clause \`${id}\` went from the release ${from} to the pre-release ${to}`)
  // Note: a clause that was only ever a pre-release is in no stable release of the library, so
  // its change cannot break a stable consumer: the package bump need not match its kind.
  if (
    !isPrerelease(from, id) &&
    (!stated.packageBump || RANK[stated.packageBump] < RANK[stated.kind])
  )
    report(
      `${stated.file} names clause \`${id}\` as ${stated.kind} but bumps ${LIBRARY} by ${stated.packageBump ?? 'nothing'}: bump it by at least ${stated.kind}`,
    )
  if (!after.changelog.includes(to))
    report(`clause \`${id}\` is now ${to} but its \`changelog\` has no entry for ${to}: add one`)
}

function satisfied(said: Mention[] | undefined, kind: Kind): boolean {
  return (said ?? []).some(
    (mention) =>
      RANK[mention.kind] >= RANK[kind] &&
      mention.packageBump !== undefined &&
      RANK[mention.packageBump] >= RANK[kind],
  )
}
