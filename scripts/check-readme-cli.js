// CI check: the README works on a fresh clone. Clones this checkout's HEAD into a temporary
// folder, runs the README's set-up there (`npm ci`, then `npm start`, which builds everything and
// serves the web app: wait for its printed URL, fetch it once, stop it), then runs every
// `npx betterforus …` line of the README's code blocks exactly as written, in order. Fails naming
// the line and its output when one exits non-zero, so a README that lies fails CI.
// Usage: node scripts/check-readme-cli.js [--keep]   (--keep leaves the clone for a look)
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readmeCliLines } from './lib/readme-cli-lines.js'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const keep = process.argv.includes('--keep')
/** Bounds on each step, so a hang fails CI instead of stalling it. */
const limits = { install: 300_000, start: 300_000, fetch: 10_000, stop: 10_000, line: 300_000 }
// Note: no npm_* variable of a calling npm leaks in, and npx may never install a package from the
// registry: the README's lines must run what the clone itself provides.
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
  npm_config_yes: 'false',
  npm_config_update_notifier: 'false',
  PORT: '0',
}

/** @param {string} message */
function fail(message) {
  console.error(`check-readme-cli: ${message}`)
  process.exitCode = 1
}

/**
 * Run a command to the end in the clone, within a time limit.
 *
 * @param {string} cwd
 * @param {string} command A shell line.
 * @param {number} timeout
 */
function run(cwd, command, timeout) {
  const started = performance.now()
  const result = spawnSync('bash', ['-c', command], {
    cwd,
    env,
    timeout,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim()
  const timedOut = result.error && 'code' in result.error && result.error.code === 'ETIMEDOUT'
  return {
    ok: result.status === 0,
    status: timedOut ? 'a timeout' : result.status,
    output,
    seconds,
  }
}

/**
 * `npm start` in the clone: wait for the URL it prints, fetch the page once from 127.0.0.1, and
 * stop the server (its whole process group).
 *
 * @param {string} cwd
 * @returns {Promise<string | undefined>} A problem, or undefined.
 */
async function checkStart(cwd) {
  const child = spawn('npm', ['start'], {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), limits.start)
    const onData = (/** @type {Buffer} */ chunk) => {
      output += chunk
      const found = /https?:\/\/(?:127\.0\.0\.1|localhost):\d+\/\S*/.exec(output)
      if (found) {
        clearTimeout(timer)
        resolve(found[0].replace('localhost', '127.0.0.1'))
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', () => {
      clearTimeout(timer)
      resolve(undefined)
    })
  })
  try {
    if (!url)
      return `\`npm start\` printed no URL within ${limits.start / 1000} s:\n${output.trim()}`
    const response = await fetch(url, { signal: AbortSignal.timeout(limits.fetch) }).catch(
      (/** @type {Error} */ error) => error,
    )
    if (response instanceof Error) return `fetching ${url} failed: ${response.message}`
    const page = await response.text()
    if (response.status !== 200 || !/<html/i.test(page)) {
      return `${url} answered ${response.status} without an HTML page`
    }
    console.log(`npm start: served ${url} (${page.length} bytes of HTML)`)
    return undefined
  } finally {
    await stopGroup(child)
  }
}

/**
 * Stop a detached child and everything it started: SIGTERM, then SIGKILL after a bounded wait.
 *
 * @param {import('node:child_process').ChildProcess} child
 */
async function stopGroup(child) {
  if (child.pid === undefined || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const signal = (/** @type {NodeJS.Signals} */ name) => {
    try {
      process.kill(-(child.pid ?? 0), name)
    } catch {
      // Note: the group is already gone.
    }
  }
  signal('SIGTERM')
  const stopped = await Promise.race([
    exited.then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), limits.stop)),
  ])
  if (!stopped) signal('SIGKILL')
}

const folder = mkdtempSync(path.join(tmpdir(), 'bfu-readme-'))
const clone = path.join(folder, 'repository')
try {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' })
  if (head.status !== 0) throw new Error(`not a git checkout: ${root}`)
  const cloned = run(
    folder,
    `git clone --quiet "${root}" repository && git -C repository checkout --quiet --detach ${head.stdout.trim()}`,
    limits.install,
  )
  if (!cloned.ok) throw new Error(`git clone failed:\n${cloned.output}`)
  console.log(`cloned ${head.stdout.trim().slice(0, 12)} into ${clone}`)

  const install = run(clone, 'npm ci --no-audit --no-fund', limits.install)
  if (!install.ok) throw new Error(`\`npm ci\` exited with ${install.status}:\n${install.output}`)
  console.log(`npm ci: ${install.seconds} s`)

  const started = performance.now()
  const problem = await checkStart(clone)
  if (problem) throw new Error(problem)
  console.log(`npm start: ${((performance.now() - started) / 1000).toFixed(1)} s`)

  const lines = readmeCliLines(readFileSync(path.join(clone, 'README.md'), 'utf8'))
  if (lines.length === 0) throw new Error('README.md has no `npx betterforus` line in a code block')
  for (const { line, command } of lines) {
    const result = run(clone, command, limits.line)
    if (!result.ok) {
      throw new Error(
        `README.md:${line}: \`${command}\` exited with ${result.status}:\n${result.output}`,
      )
    }
    console.log(`README.md:${line}: ${command} (${result.seconds} s)`)
  }
  console.log(
    `check-readme-cli: the set-up and all ${lines.length} CLI lines of the README work on a fresh clone`,
  )
} catch (error) {
  fail(/** @type {Error} */ (error).message)
} finally {
  if (keep) console.log(`kept ${clone}`)
  else rmSync(folder, { recursive: true, force: true })
}
