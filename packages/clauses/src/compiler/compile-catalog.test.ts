import { readdirSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { compileCatalog } from './compile-catalog.js'

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url))
const minimal = path.join(fixtures, 'minimal')
const library = { name: '@example/minimal-library', version: '1.2.3' }
const temporary: string[] = []
afterAll(() => Promise.all(temporary.map((folder) => rm(folder, { recursive: true, force: true }))))

/** A copy of the minimal library with some files replaced. */
async function libraryWith(overlay?: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'bfu-catalog-'))
  temporary.push(folder)
  await cp(minimal, folder, { recursive: true })
  if (overlay)
    await cp(overlay, folder, {
      recursive: true,
      filter: (source) => !source.endsWith('expected.json'),
    })
  return folder
}

/** The rows of docs/bad-inputs.md each broken library in `fixtures/bad/` stands for. */
const rowsOf: Record<string, string> = {
  'bad-front-matter': 'T8',
  'bad-include-when': 'T2',
  'citation-placeholder': 'T18',
  'denied-constructs': 'T3, T4',
  'document-listed-twice': 'C4',
  'duplicate-id': 'T10',
  'duplicate-yaml-key': 'T8',
  'executable-front-matter': 'T7',
  'invalid-yaml': 'T8',
  'missing-id': 'T8',
  'no-citation-fallback': 'T19',
  'no-citation-form': 'T19',
  'placeholder-in-clause': 'T18',
  'regex-in-front-matter': 'T11',
  'unknown-provision': 'T19',
  'unknown-ref': 'G2',
  'unknown-reference-in-helper': 'T1, T2',
  'unknown-reference-in-if': 'T1, T2',
}

interface Expected {
  ruleId: string
  reason: string
  /** Text whose first occurrence in the overlaid file is where the message must point. */
  token?: string
}

describe('compileCatalog', () => {
  it('should compile the minimal library with no messages', async () => {
    const { catalog, files } = await compileCatalog(await libraryWith(), library)
    expect(files.flatMap((file) => file.messages.map(String))).toEqual([])
    expect(catalog?.clauses.map((clause) => clause.meta.id)).toEqual([
      'definitions',
      'pay-living',
      'remedy',
    ])
    expect(catalog?.clauses[1]?.uses).toEqual({
      answers: ['authority.name', 'supplier.note', 'supplier.note', 'authority.name'],
      refs: ['remedy'],
      terms: [],
      cites: ['award-criteria'],
      tests: [
        { answer: 'document.date', helper: 'rate' },
        { answer: 'supplier.note', helper: 'if' },
      ],
    })
  })

  it('should record every branch and comparison on an answer, with what it is compared to', async () => {
    const folder = await libraryWith()
    const file = path.join(folder, 'clauses/remedy.md')
    const tests = [
      '{{#unless pay.living}}a{{/unless}}',
      '{{#if (eq authority.nation "wales")}}b{{/if}}',
      '{{#if (gt contract.estimatedValue (threshold_value "kpi-minimum-value"))}}c{{/if}}',
      '{{#if (gte 12 contract.estimatedValue)}}d{{/if}}',
      '{{#if (eq authority.name procurement.reference)}}e{{/if}}',
      // Note: `eq`, not `gt`: `gt` of a helper's printed text fails when rendered, and lint says so.
      '{{#if (eq contract.estimatedValue (money 1))}}f{{/if}}',
    ]
    await writeFile(file, `${await readFile(file, 'utf8')}\n${tests.join('\n\n')}\n`)
    const { catalog, files } = await compileCatalog(folder, library)
    expect(files.flatMap((one) => one.messages.map(String))).toEqual([])
    expect(catalog?.clauses.find((clause) => clause.meta.id === 'remedy')?.uses.tests).toEqual([
      { answer: 'pay.living', helper: 'unless' },
      { answer: 'authority.nation', helper: 'eq', against: { literal: 'wales' } },
      {
        answer: 'contract.estimatedValue',
        helper: 'gt',
        against: { threshold: 'kpi-minimum-value' },
      },
      { answer: 'contract.estimatedValue', helper: 'gte', against: { literal: 12 } },
      { answer: 'authority.name', helper: 'eq', against: { answer: 'procurement.reference' } },
      { answer: 'procurement.reference', helper: 'eq', against: { answer: 'authority.name' } },
      { answer: 'contract.estimatedValue', helper: 'eq' },
    ])
  })

  it('T9: should give the same catalog for CRLF line endings and a byte-order mark', async () => {
    const folder = await libraryWith()
    const file = path.join(folder, 'clauses/pay-living.md')
    const text = await readFile(file, 'utf8')
    const lf = await compileCatalog(folder, library)
    await writeFile(file, `\uFEFF${text.replace(/\n/g, '\r\n')}`)
    const crlf = await compileCatalog(folder, library)
    expect(crlf.files.flatMap((one) => one.messages)).toEqual([])
    expect(JSON.stringify(crlf.catalog?.clauses.map(({ sha256, ...rest }) => rest))).toBe(
      JSON.stringify(lf.catalog?.clauses.map(({ sha256, ...rest }) => rest)),
    )
  })

  // Note: no time is asserted (the benchmark measures speed); the file's timeout is a hang guard.
  it('T5: should refuse blocks nested more than 20 deep, quickly', async () => {
    const folder = await libraryWith()
    const deep = `${'{{#if pay.living}}'.repeat(1000)}x${'{{/if}}'.repeat(1000)}`
    const text = await readFile(path.join(folder, 'clauses/remedy.md'), 'utf8')
    await writeFile(path.join(folder, 'clauses/remedy.md'), `${text}\n${deep}\n`)
    const { catalog, files } = await compileCatalog(folder, library)
    expect(catalog).toBeUndefined()
    expect(files.flatMap((file) => file.messages.map((message) => message.ruleId))).toContain(
      'too-deep',
    )
  })

  for (const name of readdirSync(path.join(fixtures, 'bad'))) {
    const rows = rowsOf[name] ? `${rowsOf[name]}: ` : ''
    it(`${rows}should report ${name} with file, line and column`, async () => {
      const overlay = path.join(fixtures, 'bad', name)
      const folder = await libraryWith(overlay)
      const expected: Expected[] = JSON.parse(
        await readFile(path.join(overlay, 'expected.json'), 'utf8'),
      )
      const { catalog, files } = await compileCatalog(folder, library)
      expect(catalog).toBeUndefined()
      const messages = files.flatMap((file) =>
        file.messages.map((message) => ({ file: path.relative(folder, file.path), message })),
      )
      expect(messages.map(({ message }) => message.ruleId)).toEqual(
        expected.map((one) => one.ruleId),
      )
      for (const [index, want] of expected.entries()) {
        const got = messages[index] as (typeof messages)[number]
        expect(got.message.reason).toContain(want.reason)
        expect(got.message.fatal).toBe(true)
        if (want.token) {
          const text = (await readFile(path.join(folder, got.file), 'utf8')).split('\n')
          const line = text.findIndex((candidate) => candidate.includes(want.token as string))
          expect({ line: got.message.line, column: got.message.column }).toEqual({
            line: line + 1,
            column: (text[line] as string).indexOf(want.token) + 1,
          })
        }
      }
    })
  }

  it('T7: should never evaluate executable front matter', async () => {
    await compileCatalog(
      await libraryWith(path.join(fixtures, 'bad/executable-front-matter')),
      library,
    )
    expect((globalThis as { betterforusPwned?: boolean }).betterforusPwned).toBeUndefined()
  })
})
