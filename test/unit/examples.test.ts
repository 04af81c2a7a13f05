import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { catalog } from '@betterforus/clauses'
import { describe, expect, it } from 'vitest'
import { examples } from '../support/paths.js'
import { readDocxParts } from '../support/read-zip-text.js'
import { runCli } from '../support/run-cli.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const out = temporaryFolder()
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

function generate(example: string, folder: string, extra: string[] = [], env = {}) {
  const run = runCli(['generate', example, '--out', folder, ...extra], env)
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return folder
}

describe.each(examples)('betterforus generate $name', ({ name, file }) => {
  const drafter = generate(file, path.join(out, name, 'drafter'))
  const issue = generate(file, path.join(out, name, 'issue'), ['--copy', 'issue'])
  const manifest = JSON.parse(readFileSync(path.join(drafter, 'manifest.json'), 'utf8'))

  it('should write every document of the pack as Markdown and DOCX, plus the manifest', () => {
    const expected = catalog.pack.documents.flatMap((id) => [
      `${id}.drafter.docx`,
      `${id}.drafter.md`,
    ])
    expect(readdirSync(drafter).sort()).toEqual([...expected, 'manifest.json'].sort())
  })

  it('G10: should list every clause of the library in the manifest, included or excluded, with a reason', () => {
    expect(manifest.clauses.map((clause: { id: string }) => clause.id)).toEqual(
      catalog.clauses.map((clause) => clause.meta.id),
    )
    for (const clause of manifest.clauses) expect(clause.reason).toMatch(/\w/)
    const included = manifest.clauses.filter(
      (clause: { included: boolean }) => clause.included,
    ).length
    const inDocuments = manifest.documents.flatMap(
      (document: { clauses: string[] }) => document.clauses,
    )
    expect(new Set(inDocuments.map((id: string) => id.split('@')[0])).size).toBe(included)
  })

  it('should leave the drafting memo out of the issue copy, and give it no drafting or risk note, in Markdown or DOCX', () => {
    const notes = catalog.clauses
      .flatMap((clause) =>
        [clause.meta.drafting_note, clause.meta.risk_note ?? ''].map(
          (note) => note.split('\n')[0]?.replace(/\*\*/g, '').slice(0, 40) ?? '',
        ),
      )
      .filter((note) => note.length > 20)
    const memo = catalog.documents
      .filter((document) => document.meta.kind === 'memo')
      .map((document) => document.meta.id)
    const issued = catalog.pack.documents.filter((id) => !memo.includes(id))
    const files = issued.flatMap((id) => [`${id}.issue.docx`, `${id}.issue.md`])
    expect(readdirSync(issue).sort()).toEqual([...files, 'manifest.json'].sort())
    for (const document of issued) {
      const markdown = readFileSync(path.join(issue, `${document}.issue.md`), 'utf8')
      const xml = Object.values(readDocxParts(path.join(issue, `${document}.issue.docx`))).join(
        '\n',
      )
      expect(markdown).not.toMatch(/Drafting note|Risk note|not legal advice/)
      expect(xml).not.toMatch(/Drafting note|Risk note|w:comment/)
      for (const note of notes) {
        expect(markdown).not.toContain(note)
        expect(xml).not.toContain(note)
      }
    }
  })

  it('G3: should give byte-identical Markdown and DOCX in another time zone, seconds later', () => {
    const again = generate(file, path.join(out, name, 'again'), [], { TZ: 'Asia/Kolkata' })
    for (const entry of readdirSync(drafter))
      expect(sha(path.join(again, entry))).toBe(sha(path.join(drafter, entry)))
  })

  it('G5: should record provenance in the Markdown front matter', () => {
    const markdown = readFileSync(
      path.join(drafter, `${catalog.pack.documents[0]}.drafter.md`),
      'utf8',
    )
    expect(markdown).toMatch(/^---\ntitle: /)
    expect(markdown).toContain(`library: "${catalog.library.name}@${catalog.library.version}"`)
    expect(markdown).toContain(`answers_sha256: ${manifest.answersSha256}`)
  })
})

describe('the regime in the pack', () => {
  /** Every document of the issue copy, as one text. */
  const read = (name: string) => {
    const example = examples.find((candidate) => candidate.name === name)
    if (!example) throw new Error(`no example ${name}`)
    const folder = generate(example.file, path.join(out, `${name}-regime`), [
      '--copy',
      'issue',
      '--format',
      'md',
    ])
    return readdirSync(folder)
      .filter((file) => file.endsWith('.md'))
      .map((file) => readFileSync(path.join(folder, file), 'utf8'))
      .join('\n')
  }

  it('should cite the Procurement Act 2023 for England under the Act', () => {
    const text = read('england-act-london')
    expect(text).toContain('regime: pa2023')
    expect(text).toContain('Procurement Act 2023')
    expect(text).not.toContain('Public Contracts Regulations 2015')
  })

  it('should cite the Public Contracts Regulations 2015 for England under PCR 2015', () => {
    const text = read('england-pcr-2015')
    expect(text).toContain('regime: pcr2015')
    expect(text).toContain('Public Contracts Regulations 2015')
    expect(text).not.toContain('Procurement Act 2023')
  })

  it('should use the Scottish regime for a Scottish authority', () => {
    expect(read('scotland')).toContain('regime: scotland')
  })
})

describe('betterforus generate with no examples missing', () => {
  it('should have example answers for England under the Act, England under PCR 2015, Scotland and Wales', () => {
    expect(examples.map((example) => example.name)).toEqual(
      expect.arrayContaining(['england-act-london', 'england-pcr-2015', 'scotland', 'wales']),
    )
    expect(existsSync(examples[0]?.file ?? '')).toBe(true)
  })
})
