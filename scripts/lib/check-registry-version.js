// Checks one locked package against its version document from the registry: the integrity npm
// published must equal the lockfile's, and every registry signature must verify with a known key
// that had not expired when the version was published (npm's rule, pacote lib/registry.js).
import { verify } from 'node:crypto'

/**
 * @typedef {import('./registry-packages.js').RegistryPackage} RegistryPackage
 * @typedef {import('./registry-keys.js').RegistryKey} RegistryKey
 * @typedef {{ keyid?: string, sig?: string }} Signature
 * @typedef {{ dist?: { integrity?: string, signatures?: Signature[] } }} VersionDocument
 * @typedef {{ verified: number, unsigned: boolean, problems: string[] }} VersionCheck
 */

/**
 * Whether a signature on this document uses a key that has expired by `now`, so the check needs
 * the version's publish time (from the full packument, which is large, so fetched only then).
 *
 * @param {VersionDocument} document
 * @param {Map<string, RegistryKey>} keys
 * @param {number} now
 */
export function needsPublishTime(document, keys, now) {
  return (document.dist?.signatures ?? []).some((signature) => {
    const expires = keys.get(String(signature.keyid))?.expires
    return expires != null && expires <= now
  })
}

/**
 * @param {RegistryPackage} pkg
 * @param {VersionDocument} document GET <registry>/<name>/<version>
 * @param {Map<string, RegistryKey> | null} keys null when the registry's keys could not be read:
 *   then only the integrity and the presence of signatures are checked
 * @param {{ now: number, publishedAt?: string }} when publishedAt: `time[version]` of the packument
 * @returns {VersionCheck}
 */
export function checkRegistryVersion(pkg, document, keys, when) {
  const id = `${pkg.name}@${pkg.version}`
  const integrity = document.dist?.integrity
  if (integrity !== pkg.integrity) {
    return {
      verified: 0,
      unsigned: false,
      problems: [
        `${id}: integrity in package-lock.json (${pkg.integrity}, at ${pkg.locations.join(', ')}) differs from the registry's (${integrity ?? 'none'}); the lockfile or the published tarball changed: do not install it, find out which`,
      ],
    }
  }
  const signatures = document.dist?.signatures ?? []
  if (signatures.length === 0 || !keys) {
    return { verified: 0, unsigned: signatures.length === 0, problems: [] }
  }
  const message = Buffer.from(`${id}:${integrity}`)
  const problems = []
  let verified = 0
  for (const signature of signatures) {
    const key = keys.get(String(signature.keyid))
    if (!key) {
      problems.push(
        `${id}: signed with keyid ${signature.keyid}, which the registry does not list; the signature cannot be trusted`,
      )
      continue
    }
    if (key.expires != null && key.expires <= when.now) {
      const published = when.publishedAt ? Date.parse(when.publishedAt) : Number.NaN
      if (Number.isNaN(published)) {
        problems.push(
          `${id}: signed with key ${key.keyid}, which expired ${new Date(key.expires).toISOString()}, and the registry gives no publish time to show it was signed before then`,
        )
        continue
      }
      if (published >= key.expires) {
        problems.push(
          `${id}: published ${when.publishedAt} but signed with key ${key.keyid}, which expired ${new Date(key.expires).toISOString()}; the signature cannot be trusted`,
        )
        continue
      }
    }
    if (!signatureVerifies(message, key, signature)) {
      problems.push(
        `${id}: registry signature with keyid ${key.keyid} does not verify; the package may have been tampered with since it was published`,
      )
      continue
    }
    verified++
  }
  return { verified, unsigned: false, problems }
}

/**
 * @param {Buffer} message
 * @param {RegistryKey} key
 * @param {Signature} signature
 */
function signatureVerifies(message, key, signature) {
  try {
    return verify('sha256', message, key.publicKey, Buffer.from(String(signature.sig), 'base64'))
  } catch {
    // Note: a signature that is not DER at all makes node:crypto throw rather than return false.
    return false
  }
}
