import { type SpawnSyncOptions, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { repositoryRoot } from './paths.js'

const tsx = createRequire(import.meta.url).resolve('tsx/cli')

/**
 * Run one of the repository's TypeScript scripts (`scripts/<name>.ts`) as `npm run` does: with
 * tsx and the source condition, so it reads the packages' source. The working folder may be
 * anywhere (a temporary repository, for instance).
 */
export function runScript(name: string, args: string[] = [], options: SpawnSyncOptions = {}) {
  const script = path.join(repositoryRoot, 'scripts', `${name}.ts`)
  return spawnSync(process.execPath, [tsx, '--conditions=@betterforus/source', script, ...args], {
    encoding: 'utf8',
    ...options,
  }) as ReturnType<typeof spawnSync> & { stdout: string; stderr: string }
}
