// CI check (bad-inputs.md T12): every clause in templates/clauses/ whose text changed since a base
// commit must raise its `version` by the right kind, and a changeset in .changeset/ must name it
// (`clause <id>: major|minor|patch`). Usage: npm run check-clause-versions -- [--base <ref>]
// (tsx with the source condition: it reads the clause library's own source, so needs no build).
// The base defaults to the merge-base with origin/main, else HEAD~1; with neither (a clone of a
// single commit), there is nothing to compare and the check passes, saying so.

import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { CLAUSES_FOLDER, checkClauseVersions } from './lib/clause-versions.js'

// Note: the repository is the one the command runs in, so a fork or a test can use the script.
const root =
  spawnSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).stdout?.trim() ||
  path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const clauses = CLAUSES_FOLDER

function git(...args: string[]) {
  const run = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return run.status === 0 ? run.stdout : undefined
}

function findBase() {
  const index = process.argv.indexOf('--base')
  if (index !== -1) {
    const ref = process.argv[index + 1]
    if (!ref || !git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`)) {
      console.error(`check-clause-versions: --base ${ref ?? ''} is not a commit in this clone`)
      process.exit(2)
    }
    return ref
  }
  if (git('rev-parse', '--verify', '--quiet', 'origin/main^{commit}'))
    return git('merge-base', 'HEAD', 'origin/main')?.trim()
  if (git('rev-parse', '--verify', '--quiet', 'HEAD~1^{commit}')) return 'HEAD~1'
  return undefined
}

const base = findBase()
if (!base) {
  console.log(
    'check-clause-versions: skipped: no base to compare with (no origin/main and no parent commit, as in a single-commit clone); pass --base <ref>',
  )
  process.exit(0)
}

const before = new Map<string, string>()
for (const name of (git('ls-tree', '--name-only', `${base}:${clauses}`) ?? '').split('\n')) {
  if (name.endsWith('.md')) before.set(name, git('show', `${base}:${clauses}/${name}`) ?? '')
}
const after = new Map<string, string>(
  (existsSync(path.join(root, clauses)) ? readdirSync(path.join(root, clauses)) : [])
    .filter((name) => name.endsWith('.md'))
    .map((name) => [name, readFileSync(path.join(root, clauses, name), 'utf8')] as const),
)
const folder = path.join(root, '.changeset')
const changesets = existsSync(folder)
  ? readdirSync(folder)
      .filter((name) => name.endsWith('.md') && name !== 'README.md')
      .map((name) => ({
        file: `.changeset/${name}`,
        text: readFileSync(path.join(folder, name), 'utf8'),
      }))
  : []

const violations = checkClauseVersions({ before, after, changesets })
for (const violation of violations)
  console.error(`${violation.file}: error: ${violation.reason}  ${violation.ruleId}`)
const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
  (name) => before.get(name) !== after.get(name),
).length
console.log(
  `check-clause-versions: ${changed} clause file(s) changed since ${base}; ${violations.length} problem(s)`,
)
if (violations.length > 0) process.exit(1)
