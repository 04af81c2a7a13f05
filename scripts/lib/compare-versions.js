// Semantic-version comparison, pre-release aware (build metadata ignored), with no dependencies.

const PARTS = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/

/** @typedef {'major' | 'minor' | 'patch' | 'prerelease' | 'none' | 'downgrade' | 'invalid'} Bump */

/**
 * Compare two versions.
 *
 * @param {string} a
 * @param {string} b
 * @returns {number} Negative when `a` is older, 0 when equal, positive when newer; NaN when either
 *   is not a version.
 * @example
 *   compareVersions('1.0.0-1', '1.0.0') //=> -1
 */
export function compareVersions(a, b) {
  const [x, y] = [PARTS.exec(a), PARTS.exec(b)]
  if (!x || !y) return Number.NaN
  for (const index of [1, 2, 3]) {
    const difference = Number(x[index]) - Number(y[index])
    if (difference !== 0) return Math.sign(difference)
  }
  if (x[4] === y[4]) return 0
  if (x[4] === undefined) return 1
  if (y[4] === undefined) return -1
  return comparePrerelease(x[4], y[4])
}

/** @param {string} a @param {string} b */
function comparePrerelease(a, b) {
  const [x, y] = [a.split('.'), b.split('.')]
  for (let index = 0; index < Math.max(x.length, y.length); index++) {
    const [p, q] = [x[index], y[index]]
    if (p === q) continue
    if (p === undefined) return -1
    if (q === undefined) return 1
    const [m, n] = [/^\d+$/.test(p), /^\d+$/.test(q)]
    if (m && n) return Math.sign(Number(p) - Number(q))
    if (m !== n) return m ? -1 : 1
    return p < q ? -1 : 1
  }
  return 0
}

/**
 * The kind of bump from one version to the next.
 *
 * @param {string} from
 * @param {string} to
 * @returns {Bump}
 * @example
 *   versionBump('1.2.0', '2.0.0') //=> 'major'
 *   versionBump('1.0.0-1', '1.0.0-2') //=> 'prerelease'
 */
export function versionBump(from, to) {
  const order = compareVersions(from, to)
  if (Number.isNaN(order)) return 'invalid'
  if (order === 0) return 'none'
  if (order > 0) return 'downgrade'
  const [x, y] = [PARTS.exec(from), PARTS.exec(to)]
  if (x?.[1] !== y?.[1]) return 'major'
  if (x?.[2] !== y?.[2]) return 'minor'
  if (x?.[3] !== y?.[3]) return 'patch'
  return 'prerelease'
}

/** @param {string} version */
export function isPrerelease(version) {
  return PARTS.exec(version)?.[4] !== undefined
}
