// CI check (docs/bad-inputs.md S2): every package in package-lock.json is published on the npm
// registry with the locked integrity and a valid registry signature. Needs only the registry, so
// it works where the sigstore CDN that `npm audit signatures` needs first is unreachable.
// Usage: node scripts/verify-registry-signatures.js [--lockfile <path>] [--registry <url>]
//        [--allow-unsigned-registry]
// --allow-unsigned-registry: a registry that serves no signing keys and signs no package (a mirror
// that strips them) gets the integrity check alone, with a notice instead of a failure. A registry
// that serves keys is checked in full either way.

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { verifyRegistrySignatures } from './lib/verify-registry-signatures.js'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const { values } = parseArgs({
  options: {
    lockfile: { type: 'string', default: path.join(root, 'package-lock.json') },
    registry: { type: 'string' },
    'allow-unsigned-registry': { type: 'boolean', default: false },
  },
})
const registry = values.registry?.replace(/\/?$/, '/')

const started = performance.now()
const report = await verifyRegistrySignatures({
  lock: JSON.parse(readFileSync(values.lockfile, 'utf8')),
  registry,
})
const seconds = ((performance.now() - started) / 1000).toFixed(1)

const say = (/** @type {string} */ line) => console.log(`verify-registry-signatures: ${line}`)
say(
  `${report.packages} packages (${report.lockEntries} lockfile entries) checked against the registry in ${seconds} s`,
)
say(
  `${report.signatures} registry signatures verified with key(s) ${report.keyIds.join(', ') || '(none)'}`,
)
say(`${report.unsigned.length} packages without a registry signature`)
// Note: only a registry with no keys AND no signatures at all is a mirror that strips them.
const unsignedMirror =
  values['allow-unsigned-registry'] &&
  report.keysUnavailable !== undefined &&
  report.signatures === 0
if (report.keysUnavailable !== undefined && !unsignedMirror)
  report.problems.unshift(report.keysUnavailable)
if (unsignedMirror) {
  say(
    `NOTICE: signatures NOT verified: ${report.keysUnavailable}, and no package carries a signature, so the registry this machine uses strips them; integrity was checked for every package`,
  )
} else if (report.unsigned.length > 0) {
  console.error(
    `verify-registry-signatures: the registry signs every package it serves, so these ${report.unsigned.length} are suspect (or the registry answering is not npm's):`,
  )
  for (const id of report.unsigned) console.error(`- ${id}`)
}
if (report.problems.length > 0) {
  console.error(`verify-registry-signatures: ${report.problems.length} problem(s):`)
  for (const problem of report.problems) console.error(`- ${problem}`)
}
if ((report.unsigned.length > 0 && !unsignedMirror) || report.problems.length > 0) process.exit(1)
