/** Summary statistics of timing samples, in the samples' unit (milliseconds here). */
export interface Summary {
  n: number
  min: number
  p50: number
  p95: number
  max: number
  mean: number
}

/**
 * The p-th percentile (0–100) of samples by linear interpolation between closest ranks (the
 * method of NumPy's default and of spreadsheet PERCENTILE.INC).
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  const lowValue = sorted[low] ?? Number.NaN
  const highValue = sorted[high] ?? Number.NaN
  return lowValue + (highValue - lowValue) * (rank - low)
}

/** n, min, p50 (median), p95, max and mean of samples. */
export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    min: samples.length === 0 ? Number.NaN : Math.min(...samples),
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples.length === 0 ? Number.NaN : Math.max(...samples),
    mean: samples.reduce((sum, value) => sum + value, 0) / samples.length,
  }
}
