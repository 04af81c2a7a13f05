import { spawnSync } from 'node:child_process'

/**
 * Fail, naming the install script, unless every command is on the PATH. The end-to-end suite is
 * for CI, where `scripts/install-e2e-deps.sh` installs them: a missing client is an error, never a
 * silent skip.
 */
export function assertExternalTools(commands: readonly string[]): void {
  const missing = commands.filter(
    (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0,
  )
  if (missing.length > 0) {
    throw new Error(
      `The end-to-end suite needs ${missing.join(', ')} on the PATH. Install them with \`bash scripts/install-e2e-deps.sh\` (Debian).`,
    )
  }
}

/** Run a command to completion; throw with its stderr if it fails. Returns stdout. */
export function runTool(command: string, args: string[], timeout = 60_000): string {
  const run = spawnSync(command, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 })
  if (run.error) throw new Error(`${command} ${args.join(' ')}: ${run.error.message}`)
  if (run.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${run.status}:\n${run.stderr}${run.stdout}`,
    )
  }
  return run.stdout
}
