import { availableParallelism } from 'node:os'

/**
 * One worker per core but one, at least one: the main thread (reading, writing, progress) and the
 * collector's threads use the core left over. On two cores one worker gave 36 documents/s at
 * 115 MiB; two gave 48 documents/s but 165 MiB, over the 150 MiB budget for 1,000 files.
 */
export const defaultJobs = (): number => Math.max(1, availableParallelism() - 1)

/**
 * The most `--jobs` may ask for (C6): twice the cores, and never more than 16. More workers than
 * that only add memory (about 40 MiB of heap each) and contention, never speed.
 */
export const maxJobs = (): number => Math.min(16, 2 * availableParallelism())
