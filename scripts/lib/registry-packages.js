// The packages package-lock.json takes from the npm registry (docs/bad-inputs.md S2), one entry per
// name@version, for verify-registry-signatures.js to check against what the registry publishes.

/** npm's registry; a lockfile entry without `resolved` comes from it too (npm omits the default). */
export const NPM_REGISTRY = 'https://registry.npmjs.org/'

/**
 * @typedef {{ version?: string, resolved?: string, integrity?: string, link?: boolean, inBundle?: boolean, name?: string }} LockEntry
 * @typedef {{ name: string, version: string, integrity: string, locations: string[] }} RegistryPackage
 */

/**
 * Every package the lockfile installs from the registry, once per name, version and integrity, including optional ones for other
 * platforms (another machine installs them from the same lockfile). Workspace links and packages
 * bundled inside another package's tarball (covered by that tarball's integrity) are left out.
 *
 * @param {{ packages?: Record<string, LockEntry> }} lock the parsed package-lock.json
 * @returns {{ packages: RegistryPackage[], problems: string[] }}
 */
export function registryPackages(lock) {
  if (!lock.packages) {
    return {
      packages: [],
      problems: [
        'package-lock.json has no "packages" field: regenerate it with npm 7 or later (npm install)',
      ],
    }
  }
  /** @type {Map<string, RegistryPackage>} */
  const byId = new Map()
  const problems = []
  for (const [location, entry] of Object.entries(lock.packages)) {
    const at = location.lastIndexOf('node_modules/')
    if (at === -1 || entry.link || entry.inBundle) continue
    const name = entry.name ?? location.slice(at + 'node_modules/'.length)
    if (entry.resolved !== undefined && !entry.resolved.startsWith(NPM_REGISTRY)) {
      problems.push(
        `${location}: resolved from ${entry.resolved}, not ${NPM_REGISTRY}; only registry packages carry registry signatures, so depend on the published package instead`,
      )
      continue
    }
    if (!entry.version || !entry.integrity) {
      problems.push(
        `${location}: package-lock.json gives no ${entry.version ? 'integrity' : 'version'}; run npm install to record it`,
      )
      continue
    }
    // Note: keyed with the integrity too, so a second integrity for one version is checked as well.
    const key = `${name}@${entry.version} ${entry.integrity}`
    const known = byId.get(key)
    if (known) known.locations.push(location)
    else
      byId.set(key, {
        name,
        version: entry.version,
        integrity: entry.integrity,
        locations: [location],
      })
  }
  return { packages: [...byId.values()], problems }
}
