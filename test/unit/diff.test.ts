import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { examplesFolder } from '../support/paths.js'
import { readDocxParts } from '../support/read-zip-text.js'
import {
  CHANGED_CLAUSE,
  CHANGED_FROM_VERSION,
  DELETED_WORD,
  editWithoutBump,
  INSERTED_WORD,
  makeReleases,
} from '../support/releases.js'
import { runCli } from '../support/run-cli.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const folder = temporaryFolder()
const { old, next } = makeReleases(folder)
const answers = path.join(examplesFolder, 'england-act-london.yaml')

interface Summary {
  mode: string
  clauses: Array<{
    id: string
    status: string
    fromVersion?: string
    toVersion?: string
    kind?: string
    flags: string[]
  }>
}

/** The text inside `w:ins` and `w:del` elements of a document part. */
function trackedText(xml: string, element: 'ins' | 'del'): string[] {
  return [...xml.matchAll(new RegExp(`<w:${element} [^>]*>(.*?)</w:${element}>`, 'g'))].map(
    (match) => (match[1] ?? '').replace(/<[^>]+>/g, ''),
  )
}

function expectWellFormed(file: string) {
  for (const [name, xml] of Object.entries(readDocxParts(file))) {
    if (!/\.(xml|rels)$/.test(name)) continue
    expect(XMLValidator.validate(xml), `${path.basename(file)}: ${name}`).toBe(true)
  }
}

function expectRedline(out: string, document: string) {
  const docx = path.join(out, `${document}.redline.docx`)
  expectWellFormed(docx)
  const parts = readDocxParts(docx)
  const xml = parts['word/document.xml'] ?? ''
  expect(trackedText(xml, 'ins')).toContain(`${INSERTED_WORD} `)
  expect(trackedText(xml, 'del')).toContain(`${DELETED_WORD} `)
  expect(xml).toMatch(
    /<w:(ins|del) w:id="1" w:author="BetterForUs" w:date="\d{4}-\d\d-\d\dT00:00:00Z">/,
  )
  expect(parts['word/settings.xml']).toContain('<w:trackRevisions/>')
  const markdown = readFileSync(path.join(out, `${document}.redline.md`), 'utf8')
  expect(markdown).toContain(
    `{++${INSERTED_WORD} ++}pay every member of the {--${DELETED_WORD} --}Staff`,
  )
}

function expectSummary(out: string, mode: string) {
  const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')) as Summary
  expect(summary.mode).toBe(mode)
  const changed = summary.clauses.filter((clause) => clause.status !== 'unchanged')
  expect(changed).toEqual([
    expect.objectContaining({
      id: CHANGED_CLAUSE,
      status: 'changed',
      fromVersion: CHANGED_FROM_VERSION,
      toVersion: '2.0.0',
      kind: 'changed meaning',
      flags: [],
    }),
  ])
  const markdown = readFileSync(path.join(out, 'summary.md'), 'utf8')
  expect(markdown).toContain(
    `| \`${CHANGED_CLAUSE}\` | Real Living Wage for Contract Staff | changed | ${CHANGED_FROM_VERSION} → 2.0.0 | changed meaning |`,
  )
}

describe('betterforus diff', () => {
  it('should redline the clause library between two releases without answers', () => {
    const out = path.join(folder, 'library')
    const run = runCli(['diff', '--from', old, '--to', next, '--out', out])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(readdirSync(out).sort()).toEqual([
      'library.redline.docx',
      'library.redline.md',
      'summary.json',
      'summary.md',
    ])
    expect(run.stdout).toContain(
      `changed ${CHANGED_CLAUSE} ${CHANGED_FROM_VERSION} → 2.0.0 (changed meaning)`,
    )
    expectRedline(out, 'library')
    expectSummary(out, 'library')
    // The date of every tracked change is the newest changelog date of the newer release.
    const clauses = path.join(next, 'clauses')
    const newest = readdirSync(clauses)
      .flatMap((name) => [
        ...readFileSync(path.join(clauses, name), 'utf8').matchAll(/date: (\d{4}-\d{2}-\d{2})/g),
      ])
      .map((match) => match[1] ?? '')
      .sort()
      .at(-1)
    expect(newest).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(readDocxParts(path.join(out, 'library.redline.docx'))['word/document.xml']).toContain(
      `w:date="${newest}T00:00:00Z"`,
    )
  })

  it('should redline the rendered pack, per document, with answers', () => {
    const out = path.join(folder, 'pack')
    const run = runCli(['diff', answers, '--from', old, '--to', next, '--out', out])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(readdirSync(out)).toContain('doc-contract-schedule.redline.docx')
    expectRedline(out, 'doc-contract-schedule')
    expectSummary(out, 'pack')
    // Unchanged documents are whole, with no tracked change.
    const unchanged =
      readDocxParts(path.join(out, 'doc-response-form.redline.docx'))['word/document.xml'] ?? ''
    expect(unchanged).not.toMatch(/<w:(ins|del) /)
    expect(unchanged).toContain('<w:t')
  })

  it('G3: should give the same bytes twice and in another time zone', () => {
    const first = path.join(folder, 'bytes-1')
    const second = path.join(folder, 'bytes-2')
    runCli(['diff', '--from', old, '--to', next, '--out', first, '--format', 'docx'])
    runCli(['diff', '--from', old, '--to', next, '--out', second, '--format', 'docx'], {
      TZ: 'Asia/Kolkata',
    })
    expect(readFileSync(path.join(first, 'library.redline.docx'))).toEqual(
      readFileSync(path.join(second, 'library.redline.docx')),
    )
  })

  it('should flag text changed without a version bump', () => {
    const release = path.join(folder, 'nobump')
    cpSync(next, release, { recursive: true })
    editWithoutBump(release, 'voice-speak-up', 'The Supplier must', 'The Supplier shall')
    const out = path.join(folder, 'nobump-out')
    const run = runCli(['diff', '--from', next, '--to', release, '--out', out, '--format', 'md'])
    expect(run.status).toBe(0)
    const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')) as Summary
    expect(summary.clauses.find((clause) => clause.id === 'voice-speak-up')).toMatchObject({
      status: 'changed',
      kind: 'text changed without a version bump',
      flags: [expect.stringContaining('the text changed but the version did not')],
    })
  })

  it('should say how to install a release it cannot find, and write nothing', () => {
    const out = path.join(folder, 'missing')
    const run = runCli(['diff', '--from', '0.0.1', '--out', out])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('npm install clauses-0.0.1@npm:@betterforus/clauses@0.0.1')
    expect(existsSync(out)).toBe(false)
  })
})

describe('betterforus verify --release', () => {
  const made = path.join(folder, 'made')
  runCli(['generate', answers, '--out', made, '--templates', next, '--format', 'md,docx'])
  const document = path.join(made, 'doc-contract-schedule.drafter.docx')
  const markdown = path.join(made, 'doc-contract-schedule.drafter.md')

  it('should record clause hashes and pass against the release that made it', () => {
    expect(readFileSync(markdown, 'utf8')).toMatch(
      /clause_hashes:\n {2}definitions@[^:]+: "?[0-9a-f]{16}"?\n/,
    )
    for (const file of [document, markdown]) {
      const run = runCli(['verify', file, answers, '--release', next])
      expect(run.stdout).toContain('✓ every clause matches')
      expect(run.status).toBe(0)
    }
  })

  it('should name a clause whose version changed', () => {
    const run = runCli(['verify', document, '--release', old])
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      `✗ ${CHANGED_CLAUSE}@2.0.0: this release has ${CHANGED_CLAUSE}@${CHANGED_FROM_VERSION}`,
    )
  })

  it('should name a clause whose text changed without a new version', () => {
    const release = path.join(folder, 'verify-nobump')
    cpSync(next, release, { recursive: true })
    editWithoutBump(release, 'voice-speak-up', 'The Supplier must', 'The Supplier shall')
    for (const file of [document, markdown]) {
      const run = runCli(['verify', file, '--release', release])
      expect(run.status).toBe(1)
      expect(run.stdout).toMatch(
        /✗ voice-speak-up@[^:]+: the clause's text in .* no longer matches its recorded version \(sha256 [0-9a-f]{16}…, recorded [0-9a-f]{16}…\): it changed without a new version/,
      )
    }
  })

  it('should skip the text check for a document that records no hashes', () => {
    const legacy = path.join(folder, 'legacy.md')
    writeFileSync(
      legacy,
      readFileSync(markdown, 'utf8').replace(/clause_hashes:\n(?: {2}.*\n)+/, ''),
    )
    const run = runCli(['verify', legacy, '--release', next])
    expect(run.stdout).toContain('records no clause hashes')
    expect(run.status).toBe(0)
  })
})

describe('betterforus rerender', () => {
  // v2: the questionnaire at the next major version with its migrations left out (each test
  // writes the ones it needs), so answers saved on this release's version need a migration.
  const v2 = path.join(folder, 'v2')
  cpSync(next, v2, { recursive: true })
  const questionnaire = path.join(v2, 'questionnaire.yaml')
  const released = readFileSync(questionnaire, 'utf8')
  const current = /^version: (\S+)$/m.exec(released)?.[1] ?? ''
  const major = Number(current.split('.')[0])
  const upcoming = `${major + 1}.0.0`
  const text = released.replace(`version: ${current}`, `version: ${upcoming}`)
  const migrations = text.indexOf('\nmigrations:\n')
  const base = migrations < 0 ? text : text.slice(0, migrations + 1)
  const saved = path.join(folder, 'saved.yaml')
  writeFileSync(saved, `questionnaireVersion: ${current}\n${readFileSync(answers, 'utf8')}`)

  it('should refuse answers from an older major with no migration, naming both versions', () => {
    writeFileSync(questionnaire, base)
    const out = path.join(folder, 'refused')
    const run = runCli(['rerender', saved, '--previous', old, '--release', v2, '--out', out])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      `These answers were written for questionnaire version ${current}, but this release's questionnaire is version ${upcoming}; no migration leads from version ${current}`,
    )
    expect(existsSync(out)).toBe(false)
  })

  it('should migrate, list the dropped answer, write the pack and the redline against the older release', () => {
    writeFileSync(
      questionnaire,
      `${base}migrations:\n  - from: "${major}"\n    to: ${upcoming}\n    removes: [voice.employeeCodesign]\n    reason: Staff co-design is now agreed after award.\n`,
    )
    const out = path.join(folder, 'migrated')
    const run = runCli(['rerender', saved, '--previous', old, '--release', v2, '--out', out])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(
      'dropped: voice.employeeCodesign (was true): Staff co-design is now agreed after award.',
    )
    const files = readdirSync(out)
    expect(files).toEqual(
      expect.arrayContaining([
        'doc-contract-schedule.drafter.docx',
        'doc-contract-schedule.drafter.md',
        'manifest.json',
        'answers.migrated.yaml',
        'doc-contract-schedule.redline.docx',
        'summary.json',
      ]),
    )
    expect(readFileSync(path.join(out, 'answers.migrated.yaml'), 'utf8')).toContain(
      `questionnaireVersion: ${upcoming}`,
    )
    const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8'))
    expect(summary.migration).toMatchObject({
      from: current,
      to: upcoming,
      dropped: [{ id: 'voice.employeeCodesign', value: true }],
    })
    expect(summary.clauses).toContainEqual(
      expect.objectContaining({ id: CHANGED_CLAUSE, kind: 'changed meaning' }),
    )
    // Renumbering after the dropped clause is shown, but is not a change of a clause's text.
    expect(summary.clauses).toContainEqual(
      expect.objectContaining({ id: 'voice-employee-codesign', status: 'removed' }),
    )
    expect(
      summary.clauses.filter((clause: { flags: string[] }) => clause.flags.length > 0),
    ).toEqual([])
    expectRedline(out, 'doc-contract-schedule')
  })
})

describe('betterforus rerender --toc', () => {
  it('should add a table of contents to each DOCX of the pack, as generate --toc does', () => {
    const documentXml = (out: string) =>
      readDocxParts(path.join(out, 'doc-contract-schedule.drafter.docx'))['word/document.xml']
    const rerender = (out: string, ...extra: string[]) =>
      runCli(['rerender', answers, '--previous', old, '--release', next, '--out', out, ...extra])
    const withToc = path.join(folder, 'rerender-toc')
    const without = path.join(folder, 'rerender-no-toc')
    expect(rerender(withToc, '--toc', '--format', 'docx').status).toBe(0)
    expect(rerender(without, '--format', 'docx').status).toBe(0)
    expect(documentXml(withToc)).toContain('TOC \\h \\o')
    expect(documentXml(without)).not.toContain('TOC \\h \\o')
  })
})
