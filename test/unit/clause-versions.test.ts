import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkClauseVersions } from '../../scripts/lib/clause-versions.js'
import { runScript } from '../support/run-script.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const fixtures = fileURLToPath(new URL('../fixtures/clause-versions/', import.meta.url))

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

describe('T12: clause versions and changesets that cannot be read', () => {
  const text = readFileSync(path.join(fixtures, 'patch-wording/before.md'), 'utf8')

  it('T12: should name the clause, the value and the fix for a version the comparison refuses', () => {
    // Note: the front-matter schema refuses the value first; `versionBump`'s own error covers a
    // base from before the schema refused it (`01.0.0` passed the old pattern).
    const old = text.replace('version: 1.0.0\n', 'version: 01.0.0\n')
    const now = text
      .replace('version: 1.0.0\n', 'version: 1.0.1\n')
      .replace(
        'changelog:\n',
        'changelog:\n  - { version: 1.0.1, date: 2026-11-27, summary: C., reason: t }\n',
      )
    const [violation] = checkClauseVersions({
      before: new Map([['pay-example.md', old]]),
      after: new Map([['pay-example.md', `${now}More.\n`]]),
      changesets: [],
    })
    expect(violation?.clause).toBe('pay-example')
    expect(violation?.reason).toContain('at the base')
    expect(violation?.reason).toContain('not `01.0.0`')
  })

  it('T12: should report a changeset that changesets cannot parse, naming the file', () => {
    const violations = checkClauseVersions({
      before: new Map([['pay-example.md', text]]),
      after: new Map([['pay-example.md', text]]),
      changesets: [{ file: '.changeset/broken.md', text: 'clause pay-example: patch\n' }],
    })
    expect(violations).toHaveLength(1)
    expect(violations[0]?.file).toBe('.changeset/broken.md')
    expect(violations[0]?.reason).toContain('missing or invalid frontmatter')
    expect(violations[0]?.reason).toContain('npx changeset')
  })
})

describe('scripts/check-clause-versions.ts', () => {
  it('T12: should skip, saying why, in a clone of a single commit', () => {
    const folder = temporaryFolder()
    const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, encoding: 'utf8' })
    git('init', '--quiet')
    git('config', 'user.email', 'test@example.org')
    git('config', 'user.name', 'Test')
    writeFileSync(path.join(folder, 'file.txt'), 'x\n')
    git('add', '.')
    git('commit', '--quiet', '-m', 'one')
    const run = runScript('check-clause-versions', [], { cwd: folder })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('skipped: no base to compare with')
  })

  it('should refuse a base that is not a commit', () => {
    const run = runScript('check-clause-versions', ['--base', 'no-such-ref'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--base no-such-ref is not a commit')
  })
})
