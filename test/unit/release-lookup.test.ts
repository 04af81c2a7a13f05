/**
 * Where `diff`, `rerender` and `verify --release` look for a release, and that they read it as
 * data (bad-inputs R1): a version is looked for in `./node_modules` of the current folder only,
 * and no folder's code is ever imported.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeReleases, plantRelease } from '../support/releases.js'
import { cliPath } from '../support/run-cli.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const folder = temporaryFolder()
const { old } = makeReleases(folder)

/** Run the built CLI in `cwd`. */
function runIn(cwd: string, args: string[]) {
  const run = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8' })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('finding a release', () => {
  it('R1: looks for a version only in ./node_modules of the current folder, never in a parent’s, and runs nothing', () => {
    const project = path.join(folder, 'project')
    const child = path.join(project, 'child')
    mkdirSync(child, { recursive: true })
    const { ran } = plantRelease(project, '9.9.9', old)
    const fromChild = runIn(child, ['diff', '--from', '9.9.9', '--out', 'redline'])
    expect(fromChild.status).toBe(1)
    expect(fromChild.stderr).toContain(
      `release 9.9.9 of @betterforus/clauses is not installed in ${path.join(child, 'node_modules')}`,
    )
    expect(existsSync(path.join(child, 'redline'))).toBe(false)
    expect(existsSync(ran)).toBe(false)
  })

  it('R1: reads a version installed side by side from its templates, as data, never importing its code', () => {
    const project = path.join(folder, 'side-by-side')
    mkdirSync(project)
    const { ran } = plantRelease(project, '9.9.8', old)
    const run = runIn(project, ['diff', '--from', '9.9.8', '--out', 'redline', '--format', 'md'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('from @betterforus/clauses@9.9.8 to @betterforus/clauses@')
    const summary = JSON.parse(readFileSync(path.join(project, 'redline/summary.json'), 'utf8'))
    expect(summary.clauses.length).toBeGreaterThan(10)
    expect(existsSync(ran)).toBe(false)
  })

  it('R1: refuses a package folder that carries no templates, naming it, and runs nothing', () => {
    const project = path.join(folder, 'no-templates')
    mkdirSync(project)
    const { folder: release, ran } = plantRelease(project, '9.9.7', undefined)
    for (const spec of ['9.9.7', release]) {
      const run = runIn(project, ['diff', '--from', spec, '--out', 'redline'])
      expect(run.status).toBe(1)
      expect(run.stderr).toContain(
        `${release} is @betterforus/clauses@9.9.7, but carries no templates/`,
      )
      expect(run.stderr).not.toMatch(/^\s+at /m)
    }
    expect(existsSync(path.join(project, 'redline'))).toBe(false)
    expect(existsSync(ran)).toBe(false)
  })

  it('R1: verify --release reads a planted package folder as data too', () => {
    const project = path.join(folder, 'verify')
    mkdirSync(project)
    const { folder: release, ran } = plantRelease(project, '9.9.6', old)
    const made = path.join(project, 'made')
    const generate = runIn(project, [
      'generate',
      path.join(old, 'examples/wales.yaml'),
      '--out',
      made,
      '--format',
      'md',
    ])
    expect(generate.status).toBe(0)
    const run = runIn(project, [
      'verify',
      path.join(made, 'doc-contract-schedule.drafter.md'),
      '--release',
      release,
    ])
    expect(run.stdout).toContain('this is @betterforus/clauses@9.9.6')
    expect(run.stdout).toContain('✓ every clause matches @betterforus/clauses@9.9.6')
    expect(existsSync(ran)).toBe(false)
  })
})
