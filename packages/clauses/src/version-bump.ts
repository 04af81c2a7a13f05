/**
 * A clause's version and what its change says about the text (semantic versioning, through
 * `semver`): major = changed meaning (obligations), minor = optional text or new variables,
 * patch = wording only. The one home of version comparison: the front-matter schema, the
 * redline and the clause-version check (`scripts/`) all ask it.
 */
import compare from 'semver/functions/compare.js'
import parse from 'semver/functions/parse.js'

/** The part of the version that changed: `none` when equal, `downgrade` when it went down. */
export type VersionBump = 'major' | 'minor' | 'patch' | 'prerelease' | 'none' | 'downgrade'

/**
 * A clause's version that is not a semantic version: names the clause, the value and the fix.
 *
 * @example
 *   new InvalidVersionError('one', 'pay-rlw-require').message
 *   //=> 'clause `pay-rlw-require`: version `one` is not a semantic version: write it as …'
 */
export class InvalidVersionError extends Error {
  override name = 'InvalidVersionError'

  constructor(
    readonly value: string,
    readonly clause: string,
  ) {
    super(
      `clause \`${clause}\`: version \`${value}\` is not a semantic version: write it as MAJOR.MINOR.PATCH, such as 1.0.0 or 1.0.0-1 (no leading "v", no leading zeros), in the clause's front matter`,
    )
  }
}

// Note: `semver` also accepts " 1.0.0" and "v1.0.0"; a clause's version is written plainly.
const PLAIN = /^\d\S*$/

/** Whether a text is a plain semantic version (`1.0.0`, `1.0.0-1`; build metadata allowed). */
export function isVersion(value: string): boolean {
  return PLAIN.test(value) && parse(value) !== null
}

function parsed(value: string, clause: string) {
  const version = PLAIN.test(value) ? parse(value) : null
  if (!version) throw new InvalidVersionError(value, clause)
  return version
}

/**
 * Compare two versions of a clause (pre-releases before their release, build metadata ignored).
 *
 * @param clause The clause id, for the error.
 * @returns -1 when `a` is older, 0 when equal, 1 when newer.
 * @throws {InvalidVersionError} When either is not a semantic version.
 * @example
 *   compareVersions('1.0.0-1', '1.0.0', 'pay-rlw-require') //=> -1
 */
export function compareVersions(a: string, b: string, clause: string): -1 | 0 | 1 {
  return compare(parsed(a, clause), parsed(b, clause))
}

/**
 * The bump from one version of a clause to the next.
 *
 * @param clause The clause id, for the error.
 * @throws {InvalidVersionError} When either is not a semantic version.
 * @example
 *   versionBump('1.2.0', '2.0.0', 'pay-rlw-require') //=> 'major'
 *   versionBump('1.0.0-1', '1.0.0', 'pay-rlw-require') //=> 'prerelease'
 */
export function versionBump(from: string, to: string, clause: string): VersionBump {
  const [x, y] = [parsed(from, clause), parsed(to, clause)]
  const order = compare(x, y)
  if (order === 0) return 'none'
  if (order > 0) return 'downgrade'
  if (x.major !== y.major) return 'major'
  if (x.minor !== y.minor) return 'minor'
  if (x.patch !== y.patch) return 'patch'
  return 'prerelease'
}

/**
 * Whether a version is a pre-release (`1.0.0-1`).
 *
 * @throws {InvalidVersionError} When it is not a semantic version.
 */
export function isPrerelease(version: string, clause: string): boolean {
  return parsed(version, clause).prerelease.length > 0
}
