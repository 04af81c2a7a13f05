import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { compileCatalog } from './compile-catalog.js'

// A fork's hostile inputs, found by hand and by fuzzing (docs/bad-inputs.md T13–T17): each case
// compiled, crashed or gave no place before.

const minimal = fileURLToPath(new URL('../../fixtures/minimal/', import.meta.url))
const library = { name: '@example/minimal-library', version: '1.2.3' }
const temporary: string[] = []
afterAll(() => Promise.all(temporary.map((folder) => rm(folder, { recursive: true, force: true }))))

/** A copy of the minimal library, to change. */
async function libraryWith(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'bfu-fork-'))
  temporary.push(folder)
  await cp(minimal, folder, { recursive: true })
  return folder
}

describe('compileCatalog on hostile fork inputs', () => {
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
      '{{money 100000000000000000000000}}',
      '1000',
      '`money`: 1e+23 is too large to print to the penny',
    ],
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
    // Note: only the broken clause is reported, not the clause that refers to it.
    const [message, ...more] = files.flatMap((one) => one.messages)
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

  it('T17: should report a missing clauses or documents folder as a message, not throw', async () => {
    for (const folder of ['clauses', 'documents']) {
      const fork = await libraryWith()
      await rm(path.join(fork, folder), { recursive: true })
      const { catalog, files } = await compileCatalog(fork, library)
      expect(catalog).toBeUndefined()
      const missing = files.flatMap((file) =>
        file.messages.filter((message) => message.ruleId === 'missing-file'),
      )
      expect(missing.map((message) => [message.file, message.fatal])).toEqual([
        [path.join(fork, folder), true],
      ])
      expect(missing[0]?.reason).toContain(`cannot read the folder \`${folder}/\``)
    }
  })
})

describe('compileCatalog on a cite in a document', () => {
  // Note: found by the fork fuzz (seed 506759131): a document's opening text citing a topic the
  // data does not have passed lint, then generating the pack threw a RangeError. Clause bodies
  // were checked; document openings were not, and `constructor` matched Object's own property.
  it.each([['award-critera'], ['constructor']])(
    'T17: should refuse {{cite "%s"}} in a document opening with its place',
    async (topic) => {
      const folder = await libraryWith()
      const [name] = (await readdir(path.join(folder, 'documents'))).filter((one) =>
        one.endsWith('.md'),
      )
      const file = path.join(folder, 'documents', name ?? '')
      const text = await readFile(file, 'utf8')
      const end = text.indexOf('\n---\n', 4) + 5
      await writeFile(file, `${text.slice(0, end)}{{cite "${topic}"}}\n${text.slice(end)}`)
      const { catalog, files } = await compileCatalog(folder, library)
      expect(catalog).toBeUndefined()
      const messages = files.filter((one) => one.path === file).flatMap((one) => one.messages)
      expect(messages.map((message) => message.ruleId)).toContain('unknown-citation')
      expect(
        messages.find((message) => message.ruleId === 'unknown-citation')?.line,
      ).toBeGreaterThan(1)
    },
  )
})
