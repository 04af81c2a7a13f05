/**
 * What a clause's version change says about its text, from the semantic-version bump between two
 * releases: major = changed meaning (obligations), minor = optional text or new variables,
 * patch = wording only.
 */

/** The part of the version that changed: `none` when equal, `downgrade` when it went down. */
export type VersionBump = 'major' | 'minor' | 'patch' | 'prerelease' | 'none' | 'downgrade'

const PARTS = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?/

function compareIdentifiers(a: string, b: string): number {
  const [x, y] = [a.split('.'), b.split('.')]
  for (let index = 0; index < Math.max(x.length, y.length); index++) {
    const [p, q] = [x[index], y[index]]
    if (p === undefined) return -1
    if (q === undefined) return 1
    const [m, n] = [
      /^\d+$/.test(p) ? Number(p) : Number.NaN,
      /^\d+$/.test(q) ? Number(q) : Number.NaN,
    ]
    if (p === q) continue
    if (!Number.isNaN(m) && !Number.isNaN(n)) return m < n ? -1 : 1
    if (!Number.isNaN(m)) return -1
    if (!Number.isNaN(n)) return 1
    return p < q ? -1 : 1
  }
  return 0
}

/**
 * Compare two semantic versions (build metadata ignored).
 *
 * @returns Negative when `a` is older, 0 when equal, positive when newer.
 * @example
 * compareVersions('1.0.0-1', '1.0.0') //=> -1
 */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [PARTS.exec(a), PARTS.exec(b)]
  if (!x || !y) return a === b ? 0 : a < b ? -1 : 1
  for (const index of [1, 2, 3]) {
    const difference = Number(x[index]) - Number(y[index])
    if (difference !== 0) return difference < 0 ? -1 : 1
  }
  const [p, q] = [x[4], y[4]]
  if (p === q) return 0
  if (p === undefined) return 1
  if (q === undefined) return -1
  return compareIdentifiers(p, q)
}

/**
 * The bump from one version to the next.
 *
 * @example
 * versionBump('1.2.0', '2.0.0') //=> 'major'
 * versionBump('1.0.0-1', '1.0.0') //=> 'prerelease'
 */
export function versionBump(from: string, to: string): VersionBump {
  const order = compareVersions(from, to)
  if (order === 0) return 'none'
  if (order > 0) return 'downgrade'
  const [x, y] = [PARTS.exec(from), PARTS.exec(to)]
  if (!x || !y) return 'patch'
  if (x[1] !== y[1]) return 'major'
  if (x[2] !== y[2]) return 'minor'
  if (x[3] !== y[3]) return 'patch'
  return 'prerelease'
}

/** How the summary names each bump. */
export const bumpMeaning: Record<VersionBump, string> = {
  major: 'changed meaning',
  minor: 'optional text or new variables',
  patch: 'wording only',
  prerelease: 'pre-release revision',
  none: 'same version',
  downgrade: 'version went down',
}
