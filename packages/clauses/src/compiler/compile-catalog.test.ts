import { readdirSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { compileCatalog } from './compile-catalog.js'

const fixtures = new URL('../../fixtures/', import.meta.url).pathname
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
  'denied-constructs': 'T3, T4',
  'duplicate-id': 'T10',
  'duplicate-yaml-key': 'T8',
  'executable-front-matter': 'T7',
  'invalid-yaml': 'T8',
  'missing-id': 'T8',
  'regex-in-front-matter': 'T11',
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

  // Note: the clause compiler once parsed front matter straight away; at 5,000 levels yaml's tree
  // builder ran out of stack. It now reads through the questionnaire's reader, which measures first.
  it('T13: should refuse front matter nested 5,000 deep by the depth cap, with file and line', async () => {
    const folder = await libraryWith()
    const file = path.join(folder, 'clauses/remedy.md')
    const text = await readFile(file, 'utf8')
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`
    await writeFile(file, text.replace('principles: [respect]', `principles: ${deep}`))
    const { catalog, files } = await compileCatalog(folder, library)
    expect(catalog).toBeUndefined()
    // Note: other clauses that refer to the broken one are reported too; only this file is checked.
    const messages = files.filter((one) => one.path === file).flatMap((one) => one.messages)
    expect(messages.map((message) => message.ruleId)).toEqual(['too-deep'])
    const [message] = messages
    expect(message?.file).toBe(file)
    expect(message?.reason).toContain('more than 64 levels deep; front matter needs only a few')
    expect(message?.line).toBe(6)
    expect(message?.fatal).toBe(true)
  })

  // Note: each of these compiled before and failed only when a pack was generated (or, for the
  // impossible date, printed "30 February 2026"); lint now places each at its argument.
  it.each([
    [
      '{{date contract.title}}',
      'contract.title',
      '`date` expects a date, but gets `contract.title`, a text question',
    ],
    ['{{money "abc"}}', '"abc"', '`money` expects a number, but gets the text "abc"'],
    [
      '{{money pay.living}}',
      'pay.living',
      '`money` expects a number, but gets `pay.living`, a yes-no question',
    ],
    ['{{date "2026-02-30"}}', '"2026-02-30"', '`date`: "2026-02-30" is not a real date'],
    [
      '{{threshold "no-such-key"}}',
      '"no-such-key"',
      '"no-such-key" is not a key of data/thresholds.yaml',
    ],
    [
      '{{#if (gt contract.estimatedValue (threshold_value "nope"))}}x{{/if}}',
      '"nope"',
      '`threshold_value`: "nope" is not a key',
    ],
    [
      '{{rate "xyz" "uk"}}',
      '"xyz"',
      '`rate` takes a scheme of data/rates.yaml in quotes ("rlw"), not the text "xyz"',
    ],
    [
      '{{rate "rlw" "toString"}}',
      '"toString"',
      'data/rates.yaml has no "rlw" rate for the place "toString"',
    ],
    [
      '{{rate "rlw" authority.nation}}',
      'authority.nation',
      'no "rlw" rate for the place "england", "wales", "scotland", "northern-ireland" (options of `authority.nation`)',
    ],
    [
      '{{rate "rlw" "uk" show="colour"}}',
      'show=',
      'takes only show="amount", show="announced" or show="comply_by"',
    ],
    ['{{date}}', 'date}}', 'unknown answer `date`'],
    ['{{gt contract.estimatedValue}}', '{{gt', '`gt` takes 2 arguments, not 1'],
  ])('T15: should refuse %s at lint time, at the argument', async (call, token, reason) => {
    const folder = await libraryWith()
    const file = path.join(folder, 'clauses/remedy.md')
    const before = await readFile(file, 'utf8')
    await writeFile(file, `${before}\nSay ${call} here.\n`)
    const { catalog, files } = await compileCatalog(folder, library)
    expect(catalog).toBeUndefined()
    const [message, ...more] = files
      .filter((one) => one.path === file)
      .flatMap((one) => one.messages)
    expect(more).toEqual([])
    expect(message?.reason).toContain(reason)
    expect(message?.fatal).toBe(true)
    const lines = (await readFile(file, 'utf8')).split('\n')
    const line = lines.findIndex((text) => text.startsWith('Say '))
    expect({ line: message?.line, column: message?.column }).toEqual({
      line: line + 1,
      column: (lines[line] as string).indexOf(token) + 1,
    })
  })

  it('T15: should accept the helper calls the library makes, with a date question and literals', async () => {
    const folder = await libraryWith()
    const file = path.join(folder, 'clauses/remedy.md')
    const calls = [
      '{{date procurement.startDate}}',
      '{{date "2028-02-29"}}',
      '{{money 12.5}}',
      '{{money (threshold_value "kpi-minimum-value")}}',
      '{{rate "rlw" "london" show="comply_by"}}',
      '{{rate "rlw" "rest-of-uk"}}',
    ]
    await writeFile(file, `${await readFile(file, 'utf8')}\n${calls.join(' ')}\n`)
    const { catalog, files } = await compileCatalog(folder, library)
    expect(files.flatMap((one) => one.messages.map(String))).toEqual([])
    expect(catalog).toBeDefined()
  })

  it.each([
    [{ name: { a: 1 }, version: '1.0.0' }, '`name` must be the package name as text'],
    [
      { name: 'constructor', version: '1.0.0' },
      '`name` "constructor" is not a usable package name',
    ],
    [{ name: 'x\ndraft: true', version: '1.0.0' }, 'is not a usable package name'],
    [{ name: '@leeds/clauses', version: { major: 1 } }, '`version` must be a version as text'],
    [{ name: '@leeds/clauses', version: '1.0' }, 'not "1.0"'],
  ])(
    'T16: should refuse the package name and version %o, naming package.json',
    async (given, reason) => {
      const folder = await libraryWith()
      const { catalog, files } = await compileCatalog(
        folder,
        given as unknown as { name: string; version: string },
      )
      expect(catalog).toBeUndefined()
      const messages = files.flatMap((file) => file.messages)
      expect(messages.map((message) => [message.file, message.ruleId])).toEqual([
        [path.join(folder, 'package.json'), 'invalid-package'],
      ])
      expect(messages[0]?.reason).toContain(reason)
    },
  )

  it.each(['constructor', 'toString', '__proto__'])(
    'T16: should refuse the glossary term %s, naming glossary.yaml',
    async (term) => {
      const folder = await libraryWith()
      const glossary = path.join(folder, 'glossary.yaml')
      await writeFile(
        glossary,
        `${await readFile(glossary, 'utf8')}- { term: "${term}", definition: A thing. }\n`,
      )
      const { catalog, files } = await compileCatalog(folder, library)
      expect(catalog).toBeUndefined()
      const messages = files
        .filter((file) => file.path === glossary)
        .flatMap((file) => file.messages)
      expect(messages.map((message) => message.ruleId)).toContain('prototype-name')
      expect(messages.find((message) => message.ruleId === 'prototype-name')?.reason).toContain(
        `the term \`${term}\``,
      )
    },
  )

  it('T17: should place problems of YAML-field templates and of the whole library at a line', async () => {
    const placedIn = async (edits: Array<[string, string, string]>) => {
      const folder = await libraryWith()
      for (const [relative, from, to] of edits) {
        const file = path.join(folder, relative)
        await writeFile(file, (await readFile(file, 'utf8')).replace(from, to))
      }
      const { files } = await compileCatalog(folder, library)
      return files.flatMap((file) =>
        file.messages.map((message) => [
          path.relative(folder, file.path),
          message.ruleId,
          message.line,
          message.column,
        ]),
      )
    }
    expect(
      await placedIn([
        ['clauses/remedy.md', 'drafting_note: Remedies.', 'drafting_note: "Remedies {{"'],
        ['pack.yaml', 'drafter_notice: This', 'drafter_notice: "{{nope}}" # This'],
      ]),
    ).toEqual([
      ['pack.yaml', 'unknown-answer', 3, 1],
      ['clauses/remedy.md', 'template-syntax', 10, 1],
    ])
    // Note: the whole-library checks run only once every file compiles.
    expect(
      await placedIn([
        [
          'documents/doc-main.md',
          'clauses: [pay-living, remedy]',
          'clauses: [pay-living, remedy, ghost]',
        ],
      ]),
    ).toEqual([['documents/doc-main.md', 'unknown-clause', 6, 31]])
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
