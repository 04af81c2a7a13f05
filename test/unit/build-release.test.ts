import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { repositoryRoot, templatesFolder } from '../support/paths.js'
import { runScript } from '../support/run-script.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const cli = path.join(repositoryRoot, 'packages/cli/dist/cli.js')
const folder = temporaryFolder()
const out = path.join(folder, 'release')
const clauseFiles = readdirSync(path.join(templatesFolder, 'clauses')).filter((name) =>
  name.endsWith('.md'),
)

function build(...args: string[]) {
  return runScript('build-release', args)
}

beforeAll(() => {
  const run = build('--out', out)
  if (run.status !== 0) throw new Error(run.stderr)
})

describe('scripts/build-release.ts', () => {
  it('should write one readable page per clause', () => {
    const pages = readdirSync(path.join(out, 'clauses')).sort()
    expect(pages).toEqual([...clauseFiles].sort())
    const page = readFileSync(path.join(out, 'clauses/pay-rlw-require.md'), 'utf8')
    expect(page).toMatch(/^# Real Living Wage for Contract Staff\n/)
    expect(page).toMatch(/- \*\*Version:\*\* \d+\.\d+\.\d+/)
    expect(page).toContain('- **Principles:** Decent pay')
    expect(page).toContain('### Procurement Act 2023')
    expect(page).toContain('[V: verified]')
    for (const heading of [
      '## Legal basis',
      '## Text',
      '## Drafting note',
      '## Risk note',
      '## Changelog',
    ])
      expect(page).toContain(`\n${heading}\n`)
    expect(page).toContain(
      '```handlebars\nThe Supplier must pay every member of the Contract Staff',
    )
  })

  it('should write index.json with each clause’s id, title, version, principles, regimes and nations', () => {
    const index = JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8'))
    expect(index.library).toBe('@betterforus/clauses')
    expect(index.clauses).toHaveLength(clauseFiles.length)
    for (const clause of index.clauses) {
      expect(Object.keys(clause)).toEqual([
        'id',
        'title',
        'version',
        'principles',
        'regimes',
        'nations',
      ])
      expect(clauseFiles).toContain(`${clause.id}.md`)
      expect(clause.principles.length).toBeGreaterThan(0)
    }
  })

  it('should write the changelog, grouped by principle before the first release', () => {
    const changelog = readFileSync(path.join(out, 'CHANGELOG.md'), 'utf8')
    expect(changelog).toMatch(/^# /)
    if (!existsSync(path.join(repositoryRoot, 'packages/clauses/CHANGELOG.md'))) {
      expect(changelog).toContain('\n## Decent pay\n')
      expect(changelog).toMatch(/- `pay-rlw-require` \S+ \(\d{4}-\d{2}-\d{2}\): /)
    }
  })

  it('should say how to add the redline when no previous release is given', () => {
    const note = readFileSync(path.join(out, 'REDLINE.md'), 'utf8')
    expect(note).toContain('No previous release was given')
    expect(note).toContain('betterforus diff --from')
    expect(note).not.toMatch(/TODO|TBD|\{\{|<placeholder>/)
  })

  it('S3: should be the same bytes when built twice', () => {
    const again = path.join(folder, 'again')
    expect(build('--out', again).status).toBe(0)
    for (const name of ['index.json', 'CHANGELOG.md', 'REDLINE.md', 'clauses/definitions.md'])
      expect(readFileSync(path.join(again, name), 'utf8')).toBe(
        readFileSync(path.join(out, name), 'utf8'),
      )
  })

  it('should write nothing, naming the problems, when the templates do not compile', () => {
    const broken = path.join(folder, 'broken-templates')
    const nowhere = path.join(folder, 'not-written')
    const run = build('--templates', broken, '--out', nowhere)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('questionnaire.yaml')
    expect(run.stderr).toContain('nothing was written')
    expect(existsSync(nowhere)).toBe(false)
  })

  const diffBuilt =
    existsSync(cli) && spawnSync(process.execPath, [cli, 'diff', '--help']).status === 0
  it.skipIf(!diffBuilt)(
    'should add the redline from `betterforus diff` when a previous release is given (skipped when the built CLI has no diff command)',
    () => {
      const withRedline = path.join(folder, 'with-redline')
      const run = build('--out', withRedline, '--previous', templatesFolder)
      expect(run.status, run.stderr).toBe(0)
      expect(existsSync(path.join(withRedline, 'redline/summary.md'))).toBe(true)
      const note = readFileSync(path.join(withRedline, 'REDLINE.md'), 'utf8')
      expect(note).toContain(`From ${templatesFolder} to `)
      expect(note).toContain('`redline/`')
    },
    60_000,
  )
})
