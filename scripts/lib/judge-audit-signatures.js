// Judges a run of `npm audit signatures` (docs/bad-inputs.md S2). npm first fetches the sigstore
// TUF root; where the sigstore CDN cannot be resolved it verifies nothing and exits 1. That one
// failure is tolerated, because verify-registry-signatures.js has checked the registry signatures
// already; provenance attestations then go unverified and we say so. Any other failure fails CI.

// Note: npm prints e.g. "getaddrinfo ENOTFOUND tuf-repo-cdn.sigstore.dev"; EAI_AGAIN is the
// temporary form of the same DNS failure.
const UNRESOLVED_HOST = /getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (\S+)/g

/**
 * @param {{ status: number | null, output: string }} run exit status and combined stdout + stderr
 * @returns {{ ok: boolean, message: string }}
 */
export function judgeAuditSignatures(run) {
  if (run.status === 0) {
    return { ok: true, message: 'npm audit signatures verified registry signatures and provenance' }
  }
  const hosts = [...run.output.matchAll(UNRESOLVED_HOST)].map((match) => match[1])
  const sigstoreHost = hosts.find((host) => host.endsWith('.sigstore.dev'))
  // Note: an unresolvable registry as well is a failure, since nothing was verified.
  if (sigstoreHost && hosts.every((host) => host.endsWith('.sigstore.dev'))) {
    return {
      ok: true,
      message: `provenance attestations were NOT verified: the sigstore CDN (${sigstoreHost}) cannot be resolved from this machine; registry integrity and signatures are checked by verify-registry-signatures.js`,
    }
  }
  return {
    ok: false,
    message: `npm audit signatures failed (exit ${run.status}) for a reason other than an unreachable sigstore CDN:\n${run.output.trim()}`,
  }
}
