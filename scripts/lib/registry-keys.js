// The npm registry's signing keys, from GET /-/npm/v1/keys, as node:crypto public keys.
// npm signs `${name}@${version}:${integrity}` with ECDSA P-256 over SHA-256 (npm's pacote,
// lib/registry.js); the keys come as base64 DER SubjectPublicKeyInfo.
import { createPublicKey } from 'node:crypto'

const KEY_TYPE = 'ecdsa-sha2-nistp256'

/**
 * @typedef {{ keyid?: unknown, keytype?: unknown, key?: unknown, expires?: unknown }} KeyRecord
 * @typedef {{ keyid: string, publicKey: import('node:crypto').KeyObject, expires: number | null }} RegistryKey
 */

/**
 * @param {unknown} body the JSON the keys endpoint returned
 * @returns {{ keys: Map<string, RegistryKey>, problems: string[] }}
 */
export function parseRegistryKeys(body) {
  /** @type {Map<string, RegistryKey>} */
  const keys = new Map()
  const problems = []
  const records = /** @type {{ keys?: unknown }} */ (body)?.keys
  if (!Array.isArray(records) || records.length === 0) {
    return { keys, problems: ['the registry listed no signing keys (expected {"keys": [...]})'] }
  }
  for (const /** @type {KeyRecord} */ record of records) {
    const keyid = String(record.keyid)
    if (record.keytype !== KEY_TYPE) {
      problems.push(
        `registry key ${keyid}: keytype is ${JSON.stringify(record.keytype)}, not ${KEY_TYPE}; this check cannot use it, so update scripts/lib/registry-keys.js`,
      )
      continue
    }
    const expires = record.expires == null ? null : Date.parse(String(record.expires))
    if (Number.isNaN(expires)) {
      problems.push(`registry key ${keyid}: expires is not a date (${String(record.expires)})`)
      continue
    }
    try {
      const der = Buffer.from(String(record.key), 'base64')
      keys.set(keyid, {
        keyid,
        publicKey: createPublicKey({ key: der, format: 'der', type: 'spki' }),
        expires,
      })
    } catch (error) {
      problems.push(
        `registry key ${keyid}: key is not a base64 DER public key (${/** @type {Error} */ (error).message})`,
      )
    }
  }
  return { keys, problems }
}
