// Judges a run of `npm audit signatures` (docs/bad-inputs.md S2). npm first fetches the sigstore
// TUF root; where the sigstore CDN cannot be resolved it verifies nothing and exits 1. That one
// failure is tolerated, because verify-registry-signatures.js has checked the registry signatures
// already; provenance attestations then go unverified and we say so. Any other failure fails CI.

// Note: npm prints e.g. "getaddrinfo ENOTFOUND tuf-repo-cdn.sigstore.dev"; EAI_AGAIN is the
// temporary form of the same DNS failure.
const SIGSTORE_UNRESOLVED = /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) ([a-z0-9.-]*sigstore\.dev)\b/

/**
 * @param {{ status: number | null, output: string }} run exit status and combined stdout + stderr
 * @returns {{ ok: boolean, message: string }}
 */
export function judgeAuditSignatures(run) {
  if (run.status === 0) {
    return { ok: true, message: 'npm audit signatures verified registry signatures and provenance' }
  }
  const unresolved = SIGSTORE_UNRESOLVED.exec(run.output)
  if (unresolved) {
    return {
      ok: true,
      message: `provenance attestations were NOT verified: the sigstore CDN (${unresolved[1]}) cannot be resolved from this machine; registry signatures were verified by verify-registry-signatures.js`,
    }
  }
  return {
    ok: false,
    message: `npm audit signatures failed (exit ${run.status}) for a reason other than an unreachable sigstore CDN:\n${run.output.trim()}`,
  }
}
