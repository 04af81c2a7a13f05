import { Gunzip } from 'fflate'

/** How much gzip data is inflated at once, so no one step can make much more than the cap. */
const STEP = 16 * 1024

/**
 * Inflate gzip data, counting what comes out as it comes, and stop as soon as it passes the cap,
 * whatever size the gzip trailer claims.
 *
 * @param bytes The gzip data.
 * @param maxBytes The most it may inflate to.
 * @returns The inflated bytes, or `undefined` when they would pass the cap.
 * @throws {Error} When the data is not gzip or is cut short (fflate's message).
 */
export function gunzipCapped(bytes: Uint8Array, maxBytes: number): Uint8Array | undefined {
  const chunks: Uint8Array[] = []
  let total = 0
  let over = false
  const gunzip = new Gunzip((chunk) => {
    total += chunk.length
    if (total > maxBytes) over = true
    else chunks.push(chunk)
  })
  for (let start = 0; start < bytes.length && !over; start += STEP)
    gunzip.push(bytes.subarray(start, start + STEP), start + STEP >= bytes.length)
  if (over) return undefined
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}
