import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkDocx, checkHandlebars, findInstalled } from '../../scripts/lib/supply-chain.js'
import { repositoryRoot } from '../support/paths.js'

const fixtures = fileURLToPath(new URL('../fixtures/supply-chain/', import.meta.url))
const tree = (name: string) => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'))
const generatorWith = (docx: string) => [
  { file: 'package.json', manifest: { name: 'betterforus' } },
  { file: 'packages/generator/package.json', manifest: { dependencies: { docx } } },
]

describe('S1: scripts/lib/supply-chain.js', () => {
  it('S1: passes the Handlebars this repository installs', () => {
    expect(findInstalled(tree('handlebars-ok.json'), 'handlebars')).toEqual([
      { path: '@betterforus/clauses > handlebars', version: '4.7.10' },
    ])
    expect(checkHandlebars(tree('handlebars-ok.json'))).toEqual([])
  })

  it('S1: fails a Handlebars below 4.7.9 deep in a dependency, naming the chain', () => {
    expect(checkHandlebars(tree('handlebars-old-nested.json'))).toEqual([
      'handlebars 4.7.8 at some-report-tool > template-kit > handlebars is below 4.7.9, which fixes the published advisories: update it (or override it in the root package.json)',
    ])
  })

  it('S1: fails a Handlebars npm reports as missing', () => {
    expect(checkHandlebars(tree('handlebars-missing.json'))).toEqual([
      'handlebars at @betterforus/clauses > handlebars is missing or has no version: run npm ci',
    ])
  })

  it('S1: passes docx pinned exactly and installed as pinned', () => {
    expect(checkDocx(generatorWith('9.15.2'), tree('docx-ok.json'))).toEqual([])
  })

  it('S1: fails docx depended on by a range, naming the file and the field', () => {
    for (const range of ['^9.15.2', '~9.15.2', '9.x', '>=9.15.2', 'latest']) {
      expect(checkDocx(generatorWith(range), tree('docx-ok.json'))).toEqual([
        `packages/generator/package.json: dependencies.docx is "${range}"; pin an exact version such as "9.15.2" (docx output changes within 9.x)`,
      ])
    }
  })

  it('S1: fails when no workspace depends on docx, which writes every DOCX', () => {
    expect(
      checkDocx(
        [{ file: 'package.json', manifest: { name: 'betterforus' } }],
        tree('docx-ok.json'),
      ),
    ).toEqual([
      'no workspace depends on docx, which writes every DOCX: pin it exactly in packages/generator/package.json',
    ])
  })

  it('S1: fails a pinned docx that is not installed', () => {
    expect(checkDocx(generatorWith('9.15.2'), { dependencies: {} })).toEqual([
      'docx 9.15.2 is pinned but not installed: run npm ci',
    ])
  })

  it('S1: fails an installed docx that drifted from the pin', () => {
    expect(checkDocx(generatorWith('9.15.2'), tree('docx-drifted.json'))).toEqual([
      'docx 9.16.0 at @betterforus/generator > docx is not the pinned 9.15.2: run npm ci',
    ])
  })

  it('S1: fails two workspaces that pin different docx versions', () => {
    const workspaces = [
      ...generatorWith('9.15.2'),
      { file: 'apps/web/package.json', manifest: { devDependencies: { docx: '9.14.0' } } },
    ]
    expect(checkDocx(workspaces, tree('docx-ok.json'))).toContain(
      'workspaces pin different docx versions (9.15.2, 9.14.0): pin one',
    )
  })
})

// Note: npm ls over the whole tree takes a few seconds on a busy machine; the timeout is a hang guard.
it('S1: scripts/check-supply-chain.js passes this repository as installed', {
  timeout: 60_000,
}, () => {
  const run = spawnSync(process.execPath, ['scripts/check-supply-chain.js'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
  })
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  expect(run.stdout).toContain('handlebars >= 4.7.9 everywhere')
})

describe('S2: install settings', () => {
  /** A setting as npm itself reads it in this repository (so npm accepts the .npmrc). */
  const npmConfig = (key: string) =>
    spawnSync('npm', ['config', 'get', key], {
      cwd: repositoryRoot,
      encoding: 'utf8',
    }).stdout.trim()

  it('S2: npm reads ignore-scripts, allow-git=none and a release age from the repository .npmrc', {
    timeout: 60_000,
  }, () => {
    expect(npmConfig('ignore-scripts')).toBe('true')
    expect(npmConfig('allow-git')).toBe('none')
    expect(Number(npmConfig('min-release-age'))).toBeGreaterThanOrEqual(3)
  })

  it('S2: the lockfile takes every dependency from the npm registry with an integrity hash', () => {
    const lock = JSON.parse(readFileSync(path.join(repositoryRoot, 'package-lock.json'), 'utf8'))
    const entries = Object.entries(lock.packages as Record<string, Record<string, unknown>>)
    const external = entries.filter(([key, entry]) => key.includes('node_modules/') && !entry.link)
    expect(external.length).toBeGreaterThan(100)
    const offRegistry = external.filter(
      ([, entry]) =>
        (entry.resolved !== undefined &&
          !String(entry.resolved).startsWith('https://registry.npmjs.org/')) ||
        !String(entry.integrity ?? '').startsWith('sha512-'),
    )
    expect(offRegistry.map(([key]) => key)).toEqual([])
  })
})
