import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import type { Profiler } from 'node:inspector'
import { Session } from 'node:inspector/promises'
import path from 'node:path'

export interface SelfTime {
  functionName: string
  /** `file:line:column`, relative to the repository or to `node_modules`. */
  location: string
  selfMs: number
  percent: number
}

export interface ProfileResult {
  file: string
  iterations: number
  totalMs: number
  functions: SelfTime[]
  /** Self time summed by package (or `node:` internals, or V8's own entries such as GC). */
  packages: Array<{ name: string; selfMs: number; percent: number }>
}

/** Where a script URL lives: a package name, the workspace package, a node built-in, or V8. */
function ownerOf(url: string): string {
  if (url === '') return '(v8)'
  if (url.startsWith('node:')) return 'node: internals'
  const file = url.replace(/^file:\/\//, '')
  const modules = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)
  if (modules?.[1]) return modules[1]
  const workspace = /\/packages\/([^/]+)\//.exec(file)
  if (workspace?.[1]) return `@betterforus/${workspace[1]}`
  return file
}

function shortLocation(url: string, line: number, column: number): string {
  const file = url
    .replace(/^file:\/\//, '')
    .replace(/.*\/node_modules\//, '')
    .replace(/^.*?\/(packages|test)\//, '$1/')
  return file === '' ? '(native)' : `${file}:${line + 1}:${column + 1}`
}

/** Self time per function and per package, from the samples and their time deltas. */
export function selfTimes(profile: Profiler.Profile, top: number) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const selfByNode = new Map<number, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  for (let index = 0; index < samples.length; index++) {
    const id = samples[index] as number
    // Each sample lasts until the next one.
    const ms = (deltas[index + 1] ?? 0) / 1000
    selfByNode.set(id, (selfByNode.get(id) ?? 0) + ms)
  }
  const totalMs = [...selfByNode.values()].reduce((sum, ms) => sum + ms, 0)
  const byFunction = new Map<string, Omit<SelfTime, 'percent'>>()
  const byPackage = new Map<string, number>()
  for (const [id, ms] of selfByNode) {
    const frame = nodes.get(id)?.callFrame
    if (!frame) continue
    const functionName = frame.functionName || '(anonymous)'
    const location = shortLocation(frame.url, frame.lineNumber, frame.columnNumber)
    const key = `${functionName} ${location}`
    const entry = byFunction.get(key) ?? { functionName, location, selfMs: 0 }
    entry.selfMs += ms
    byFunction.set(key, entry)
    const owner = frame.url === '' ? functionName : ownerOf(frame.url)
    byPackage.set(owner, (byPackage.get(owner) ?? 0) + ms)
  }
  const percent = (ms: number) => (100 * ms) / totalMs
  return {
    totalMs,
    functions: [...byFunction.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((entry) => ({ ...entry, percent: percent(entry.selfMs) })),
    packages: [...byPackage]
      .sort((a, b) => b[1] - a[1])
      .map(([name, selfMs]) => ({ name, selfMs, percent: percent(selfMs) })),
  }
}

/**
 * CPU-profile `work` with the V8 sampling profiler (node:inspector), write the `.cpuprofile`
 * (open it in Chrome DevTools or speedscope) and return the top self-time functions.
 */
export async function profile(
  work: () => Promise<void>,
  options: { folder: string; iterations: number; top: number; intervalMicroseconds: number },
): Promise<ProfileResult> {
  const session = new Session()
  session.connect()
  try {
    await session.post('Profiler.enable')
    await session.post('Profiler.setSamplingInterval', { interval: options.intervalMicroseconds })
    await session.post('Profiler.start')
    await work()
    const { profile: result } = await session.post('Profiler.stop')
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const file = path.join(options.folder, `bench-warm-${stamp}.cpuprofile`)
    writeFileSync(file, JSON.stringify(result))
    return { file, iterations: options.iterations, ...selfTimes(result, options.top) }
  } finally {
    await session.post('Profiler.disable').catch(() => undefined)
    session.disconnect()
  }
}

/**
 * CPU-profile one cold CLI run (`node --cpu-prof`), so the report can say where a cold run's time
 * goes: module compilation and loading, then the first, unoptimised render.
 */
export function profileCommand(
  args: string[],
  options: { folder: string; name: string; top: number; intervalMicroseconds: number },
): ProfileResult {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const name = `${options.name}-${stamp}.cpuprofile`
  const run = spawnSync(
    process.execPath,
    [
      '--cpu-prof',
      '--cpu-prof-dir',
      options.folder,
      '--cpu-prof-name',
      name,
      '--cpu-prof-interval',
      String(options.intervalMicroseconds),
      ...args,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  )
  if (run.status !== 0)
    throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`)
  const file = path.join(options.folder, name)
  const result = JSON.parse(readFileSync(file, 'utf8')) as Profiler.Profile
  return { file, iterations: 1, ...selfTimes(result, options.top) }
}
