import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface SpawnOptions {
  cwd?: string
}

/**
 * Run a command to completion and return its wall time in milliseconds, measured around
 * `spawnSync` (so it includes fork and exec, as a user's shell would). Throws if it fails.
 */
export function spawnTimed(command: string, args: string[], options: SpawnOptions = {}): number {
  return spawnTimedOutput(command, args, options).ms
}

/** `spawnTimed`, also returning what the command printed on stdout. */
export function spawnTimedOutput(
  command: string,
  args: string[],
  options: SpawnOptions = {},
): { ms: number; stdout: string } {
  const start = performance.now()
  const run = spawnSync(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  })
  const elapsed = performance.now() - start
  if (run.error) throw run.error
  if (run.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr}`)
  }
  return { ms: elapsed, stdout: run.stdout }
}

const gnuTime = '/usr/bin/time'

/**
 * The peak RSS (MiB) of one run of a command, from GNU time's `%M`; `undefined` when
 * `/usr/bin/time` is not installed. Run separately from the timed runs so they carry no overhead.
 */
export function peakRssOfRun(
  command: string,
  args: string[],
  options: SpawnOptions = {},
): number | undefined {
  if (!existsSync(gnuTime)) return undefined
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-time-'))
  const output = path.join(folder, 'time.txt')
  try {
    const run = spawnSync(gnuTime, ['-f', '%M', '-o', output, command, ...args], {
      stdio: 'ignore',
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    })
    if (run.status !== 0) return undefined
    const kib = Number(readFileSync(output, 'utf8').trim().split('\n').at(-1))
    return Number.isFinite(kib) ? kib / 1024 : undefined
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** Whether a command is on the PATH, and its first `--version` line. */
export function commandVersion(command: string): string | undefined {
  const run = spawnSync(command, ['--version'], { encoding: 'utf8' })
  if (run.error || run.status !== 0) return undefined
  return run.stdout.split('\n')[0]?.trim()
}
