import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
/** The built `betterforus` binary, resolved through the package like any consumer would. */
export const cliPath = path.join(
  path.dirname(require.resolve('@betterforus/cli/package.json')),
  'dist/cli.js',
)

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

/** Run the built CLI with arguments, and optionally a time zone. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const run = spawnSync(process.execPath, [cliPath, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}
