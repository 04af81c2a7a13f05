// The clause-version check (bad-inputs.md T12), as pure functions: given the clause files at a
// base and now, and the pending changesets, list every clause whose text changed without the
// version bump and the changeset that say what the change means.
import { parse } from 'yaml'
import { compareVersions, isPrerelease, versionBump } from './compare-versions.js'

/** @typedef {'major' | 'minor' | 'patch'} Kind */
/** @typedef {{ ruleId: 'clause-version', clause: string, file: string, reason: string }} Violation */
/** @typedef {{ file: string, text: string }} Changeset */

const RANK = { patch: 1, minor: 2, major: 3 }
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/
const CLAUSE_LINE =
  /^[ \t]*[-*]?[ \t]*clause[ \t]+`?([a-z0-9-]+)`?[ \t]*:[ \t]*(major|minor|patch)\b/gim
const PACKAGE_BUMP = /^["']?@betterforus\/clauses["']?[ \t]*:[ \t]*["']?(major|minor|patch)["']?/m
const VARIABLE = /\{\{[#/^]?\s*([^}]*?)\s*\}\}/g

/**
 * Split a clause file into its front matter (parsed) and body.
 *
 * @param {string} text
 * @returns {{ meta: Record<string, unknown>, body: string }}
 */
export function splitClause(text) {
  const match = FRONT_MATTER.exec(text)
  if (!match) return { meta: {}, body: text }
  const meta = parse(match[1] ?? '') ?? {}
  return { meta: typeof meta === 'object' ? meta : {}, body: match[2] ?? '' }
}

/**
 * What the pending changesets say about clauses: `clause <id>: <kind>` lines, and the bump of
 * `@betterforus/clauses` in each changeset's front matter.
 *
 * @param {Changeset[]} changesets
 * @returns {Map<string, { kind: Kind, file: string, packageBump: Kind | undefined }[]>}
 */
export function clauseMentions(changesets) {
  const mentions = new Map()
  for (const { file, text } of changesets) {
    const front = FRONT_MATTER.exec(text)?.[1] ?? ''
    const packageBump = /** @type {Kind | undefined} */ (PACKAGE_BUMP.exec(front)?.[1])
    for (const match of text.matchAll(CLAUSE_LINE)) {
      const id = /** @type {string} */ (match[1])
      const kind = /** @type {Kind} */ (/** @type {string} */ (match[2]).toLowerCase())
      mentions.set(id, [...(mentions.get(id) ?? []), { kind, file, packageBump }])
    }
  }
  return mentions
}

/**
 * The least bump a change needs that the check can see: `minor` when the body uses a variable or
 * helper it did not use before, else `patch`. Whether the meaning changed (major) is for the
 * author and the lawyer to say in the changeset.
 *
 * @param {string} before
 * @param {string} after
 * @returns {{ kind: Kind, added: string[] }}
 */
export function leastBump(before, after) {
  const uses = (/** @type {string} */ text) =>
    new Set([...splitClause(text).body.matchAll(VARIABLE)].map((match) => match[1]))
  const old = uses(before)
  const added = [...uses(after)].filter((use) => !old.has(use)).sort()
  return { kind: added.length > 0 ? 'minor' : 'patch', added }
}

/**
 * Check every changed clause.
 *
 * @param {{ before: Map<string, string>, after: Map<string, string>, changesets: Changeset[] }} input
 *   Clause files by file name at the base and now, and the pending changesets.
 * @returns {Violation[]}
 */
export function checkClauseVersions({ before, after, changesets }) {
  const mentions = clauseMentions(changesets)
  /** @type {Violation[]} */
  const violations = []
  const names = [...new Set([...before.keys(), ...after.keys()])].sort()
  for (const file of names) {
    const [old, now] = [before.get(file), after.get(file)]
    if (old === now) continue
    const id = String(splitClause(now ?? old ?? '').meta.id ?? file.replace(/\.md$/, ''))
    const report = (/** @type {string} */ reason) =>
      violations.push({ ruleId: 'clause-version', clause: id, file, reason })
    if (old === undefined || now === undefined) {
      const kind = now === undefined ? 'major' : 'minor'
      const what = now === undefined ? 'was removed' : 'is new'
      if (!satisfied(mentions.get(id), kind))
        report(
          `clause \`${id}\` ${what}: add a changeset with the line \`clause ${id}: ${kind}\` and \`"@betterforus/clauses": ${kind}\``,
        )
      continue
    }
    const [from, to] = [
      String(splitClause(old).meta.version ?? ''),
      String(splitClause(now).meta.version ?? ''),
    ]
    const least = leastBump(old, now)
    const because =
      least.added.length > 0 ? ` (it uses new variables: ${least.added.join(', ')})` : ''
    const bump = versionBump(from, to)
    if (bump === 'none' || bump === 'downgrade' || bump === 'invalid') {
      report(
        `clause \`${id}\` changed but its version ${bump === 'none' ? `stayed ${to}` : `went from ${from} to ${to}`}: raise it by at least a ${least.kind}${because}: patch = no change of meaning, minor = optional text or new variables, major = changed obligations`,
      )
      continue
    }
    const said = mentions.get(id) ?? []
    if (said.length === 0) {
      report(
        `clause \`${id}\` changed (${from} → ${to}) but no changeset names it: add a changeset with the line \`clause ${id}: ${nameOf(bump, least.kind)}\``,
      )
      continue
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
    else if (bump === 'prerelease' && !isPrerelease(from))
      report(`clause \`${id}\` went from the release ${from} to the pre-release ${to}`)
    // Note: a clause that was only ever a pre-release is in no stable release of the library, so
    // its change cannot break a stable consumer: the package bump need not match its kind.
    if (
      !isPrerelease(from) &&
      (!stated.packageBump || RANK[stated.packageBump] < RANK[stated.kind])
    )
      report(
        `${stated.file} names clause \`${id}\` as ${stated.kind} but bumps @betterforus/clauses by ${stated.packageBump ?? 'nothing'}: bump it by at least ${stated.kind}`,
      )
    const changelog = splitClause(now).meta.changelog
    if (!Array.isArray(changelog) || !changelog.some((entry) => String(entry?.version) === to))
      report(`clause \`${id}\` is now ${to} but its \`changelog\` has no entry for ${to}: add one`)
  }
  return violations
}

/**
 * @param {{ kind: Kind, packageBump: Kind | undefined }[] | undefined} said
 * @param {Kind} kind
 */
function satisfied(said, kind) {
  return (said ?? []).some(
    (mention) =>
      RANK[mention.kind] >= RANK[kind] &&
      mention.packageBump !== undefined &&
      RANK[mention.packageBump] >= RANK[kind],
  )
}

/** @param {string} bump @param {Kind} least */
function nameOf(bump, least) {
  return bump === 'major' || bump === 'minor' || bump === 'patch' ? bump : least
}

export { compareVersions, versionBump }
