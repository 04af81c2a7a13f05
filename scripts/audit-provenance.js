// CI step (docs/bad-inputs.md S2): runs `npm audit signatures` for registry signatures and
// provenance attestations, tolerating only an unresolvable sigstore CDN (see
// lib/judge-audit-signatures.js). Run after scripts/verify-registry-signatures.js.
// Usage: node scripts/audit-provenance.js

import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { judgeAuditSignatures } from './lib/judge-audit-signatures.js'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const run = spawnSync('npm', ['audit', 'signatures'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
})
if (run.error) {
  console.error(`audit-provenance: could not run npm: ${run.error.message}`)
  process.exit(1)
}
const verdict = judgeAuditSignatures({ status: run.status, output: `${run.stdout}\n${run.stderr}` })
if (!verdict.ok) {
  console.error(`audit-provenance: ${verdict.message}`)
  process.exit(1)
}
if (run.status === 0) process.stdout.write(run.stdout)
console.log(`audit-provenance: ${verdict.message}`)
