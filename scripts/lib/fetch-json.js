// GET a JSON document with a timeout per attempt and a bounded number of retries, for the registry
// checks in CI. An answer the server means (404, 401) is not retried; a timeout, a dropped
// connection, 429 or a 5xx is.

/** @typedef {(url: string, init: { headers: Record<string, string>, signal: AbortSignal }) => Promise<Response>} Fetch */

/**
 * @param {string} url
 * @param {{ fetch?: Fetch, timeoutMs?: number, retries?: number, accept?: string }} [options]
 * @returns {Promise<unknown>} the parsed body; throws an Error naming the URL and the last failure
 */
export async function fetchJson(url, options = {}) {
  const { fetch = globalThis.fetch, timeoutMs = 30_000, retries = 2 } = options
  const accept = options.accept ?? 'application/json'
  let lastFailure = ''
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      const response = await fetch(url, {
        headers: { accept },
        signal: AbortSignal.timeout(timeoutMs),
      })
      if (response.ok) return await response.json()
      lastFailure = `HTTP ${response.status}`
      if (response.status < 500 && response.status !== 408 && response.status !== 429) break
    } catch (error) {
      const cause = /** @type {{ cause?: { code?: string } }} */ (error).cause
      lastFailure = cause?.code ?? String(/** @type {Error} */ (error).message ?? error)
    }
  }
  throw new Error(`GET ${url} failed: ${lastFailure}`)
}
