// Verifies every package the lockfile takes from the npm registry against the registry itself
// (docs/bad-inputs.md S2): integrity as published, and npm's registry signatures with the keys
// from /-/npm/v1/keys. Unlike `npm audit signatures` it needs no host but the registry.
import { checkRegistryVersion, needsPublishTime } from './check-registry-version.js'
import { fetchJson } from './fetch-json.js'
import { mapConcurrent } from './map-concurrent.js'
import { parseRegistryKeys } from './registry-keys.js'
import { NPM_REGISTRY, registryPackages } from './registry-packages.js'

/**
 * @typedef {{
 *   packages: number, lockEntries: number, signatures: number, keyIds: string[],
 *   unsigned: string[], problems: string[], keysUnavailable?: string
 * }} SignatureReport
 */

/**
 * A package name as npm puts it in a registry URL (`@scope/name` becomes `@scope%2fname`).
 *
 * @param {string} name
 */
export function escapePackageName(name) {
  return name.replace('/', '%2f')
}

/**
 * @param {{
 *   lock: Parameters<typeof registryPackages>[0],
 *   registry?: string,
 *   fetch?: import('./fetch-json.js').Fetch,
 *   concurrency?: number,
 *   timeoutMs?: number,
 *   retries?: number,
 *   now?: number,
 * }} options
 * @returns {Promise<SignatureReport>}
 */
export async function verifyRegistrySignatures(options) {
  const { lock, registry = NPM_REGISTRY, concurrency = 16, now = Date.now() } = options
  const get = (/** @type {string} */ url) => fetchJson(url, options)
  const { packages, problems } = registryPackages(lock)

  /** @type {Map<string, import('./registry-keys.js').RegistryKey> | null} */
  let keys = null
  /** @type {string | undefined} */
  let keysUnavailable
  try {
    const parsed = parseRegistryKeys(await get(`${registry}-/npm/v1/keys`))
    problems.push(...parsed.problems)
    if (parsed.keys.size > 0) keys = parsed.keys
  } catch (error) {
    keysUnavailable = `could not read the registry's signing keys (${/** @type {Error} */ (error).message}); no signature was verified`
  }

  /** @type {Map<string, Promise<Record<string, string>>>} */
  const publishTimes = new Map()
  const timesOf = (/** @type {string} */ name) => {
    if (!publishTimes.has(name)) {
      const packument = get(`${registry}${escapePackageName(name)}`)
      publishTimes.set(
        name,
        packument.then((body) => /** @type {any} */ (body)?.time ?? {}),
      )
    }
    return /** @type {Promise<Record<string, string>>} */ (publishTimes.get(name))
  }

  const checks = await mapConcurrent(packages, concurrency, async (pkg) => {
    const url = `${registry}${escapePackageName(pkg.name)}/${encodeURIComponent(pkg.version)}`
    try {
      const document = /** @type {import('./check-registry-version.js').VersionDocument} */ (
        await get(url)
      )
      const publishedAt =
        keys && needsPublishTime(document, keys, now)
          ? (await timesOf(pkg.name))[pkg.version]
          : undefined
      return { pkg, ...checkRegistryVersion(pkg, document, keys, { now, publishedAt }) }
    } catch (error) {
      const problem = `${pkg.name}@${pkg.version}: ${/** @type {Error} */ (error).message}; the registry must be reachable from CI`
      return { pkg, verified: 0, unsigned: false, problems: [problem] }
    }
  })

  return {
    packages: packages.length,
    lockEntries: packages.reduce((sum, pkg) => sum + pkg.locations.length, 0),
    signatures: checks.reduce((sum, check) => sum + check.verified, 0),
    keyIds: keys ? [...keys.keys()] : [],
    unsigned: checks
      .filter((check) => check.unsigned)
      .map((check) => `${check.pkg.name}@${check.pkg.version}`)
      .sort(),
    problems: [...problems, ...checks.flatMap((check) => check.problems)],
    ...(keysUnavailable && { keysUnavailable }),
  }
}
