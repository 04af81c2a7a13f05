import { readFileSync } from 'node:fs'

const MIB = 1024 * 1024

/** Resident set size now, in MiB. */
export function rssMiB(): number {
  return process.memoryUsage().rss / MIB
}

/**
 * The process's peak resident set size so far (`VmHWM` in `/proc/self/status`), in MiB, or
 * `undefined` off Linux. It covers the whole life of the process, imports included.
 */
export function vmHwmMiB(): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))
    return match?.[1] === undefined ? undefined : Number(match[1]) / 1024
  } catch {
    return undefined
  }
}
