import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  checkClauseVersions,
  compareVersions,
  versionBump,
} from '../../scripts/lib/clause-versions.js'
import { repositoryRoot } from '../support/paths.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const fixtures = fileURLToPath(new URL('../fixtures/clause-versions/', import.meta.url))

describe('compareVersions and versionBump', () => {
  it('should order versions, pre-releases before their release', () => {
    expect(compareVersions('1.0.0-1', '1.0.0')).toBe(-1)
    expect(compareVersions('1.0.0-2', '1.0.0-10')).toBe(-1)
    expect(compareVersions('1.0.0-alpha', '1.0.0-1')).toBe(1)
    expect(compareVersions('1.10.0', '1.9.9')).toBe(1)
    expect(compareVersions('1.0.0+build', '1.0.0')).toBe(0)
    expect(compareVersions('one', '1.0.0')).toBeNaN()
  })

  it('should name the kind of bump', () => {
    expect(versionBump('1.2.3', '2.0.0')).toBe('major')
    expect(versionBump('1.2.3', '1.3.0')).toBe('minor')
    expect(versionBump('1.2.3', '1.2.4')).toBe('patch')
    expect(versionBump('1.0.0-1', '1.0.0')).toBe('prerelease')
    expect(versionBump('1.2.3', '1.2.3')).toBe('none')
    expect(versionBump('1.2.3', '1.2.2')).toBe('downgrade')
  })
})

describe('T12: checkClauseVersions', () => {
  for (const name of readdirSync(fixtures).filter((entry) => !entry.includes('.'))) {
    it(`T12: should report what the ${name} case expects`, () => {
      const read = (file: string) => readFileSync(path.join(fixtures, name, file), 'utf8')
      const changeset = path.join(fixtures, name, 'changeset.md')
      const violations = checkClauseVersions({
        before: new Map([['pay-example.md', read('before.md')]]),
        after: new Map([['pay-example.md', read('after.md')]]),
        changesets: existsSync(changeset)
          ? [{ file: '.changeset/change.md', text: read('changeset.md') }]
          : [],
      })
      const expected: string[] = JSON.parse(read('expected.json'))
      expect(violations.map((violation) => violation.ruleId)).toEqual(
        expected.map(() => 'clause-version'),
      )
      expect(violations.map((violation) => violation.clause)).toEqual(
        expected.map(() => 'pay-example'),
      )
      violations.forEach((violation, index) => {
        expect(violation.reason).toContain(expected[index])
      })
    })
  }

  it('T12: should pass an unchanged clause and ask for a changeset for a new or removed one', () => {
    const text = readFileSync(path.join(fixtures, 'patch-wording/before.md'), 'utf8')
    const same = new Map([['pay-example.md', text]])
    expect(checkClauseVersions({ before: same, after: same, changesets: [] })).toEqual([])
    const added = checkClauseVersions({ before: new Map(), after: same, changesets: [] })
    expect(added[0]?.reason).toContain('`clause pay-example: minor`')
    const removed = checkClauseVersions({ before: same, after: new Map(), changesets: [] })
    expect(removed[0]?.reason).toContain('`clause pay-example: major`')
  })
})

describe('scripts/check-clause-versions.js', () => {
  const script = path.join(repositoryRoot, 'scripts/check-clause-versions.js')

  it('T12: should skip, saying why, in a clone of a single commit', () => {
    const folder = temporaryFolder()
    const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, encoding: 'utf8' })
    git('init', '--quiet')
    git('config', 'user.email', 'test@example.org')
    git('config', 'user.name', 'Test')
    writeFileSync(path.join(folder, 'file.txt'), 'x\n')
    git('add', '.')
    git('commit', '--quiet', '-m', 'one')
    const run = spawnSync(process.execPath, [script], { cwd: folder, encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('skipped: no base to compare with')
  })

  it('should refuse a base that is not a commit', () => {
    const run = spawnSync(process.execPath, [script, '--base', 'no-such-ref'], { encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--base no-such-ref is not a commit')
  })
})
