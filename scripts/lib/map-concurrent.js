// Runs an async function over a list with at most `limit` calls in flight, keeping the order of
// results. A dozen lines, so the CI scripts need no dependency installed before they run.

/**
 * @template T, R
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T) => Promise<R>} run
 * @returns {Promise<R[]>}
 */
export async function mapConcurrent(items, limit, run) {
  /** @type {R[]} */
  const results = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await run(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
