/**
 * Schema validity: every WordprocessingML part of every DOCX we write is valid against the
 * ISO/IEC 29500 transitional schemas (`test/ooxml/`), checked with jing after the Markup
 * Compatibility step Word applies (`support/apply-markup-compatibility.ts`). The DOCX files: the
 * pack of every example, drafter and issue copies, with and without a table of contents, the
 * library redline and a pack redline, all written by the built CLI, and a DOCX written by the
 * `docx` library (a fixture, for its Markup Compatibility markup and the parts packs lack).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { applyMarkupCompatibility } from '../support/apply-markup-compatibility.js'
import {
  type PreparedPart,
  type PreparedParts,
  prepareDocxParts,
  validateParts,
} from '../support/check-docx-schemas.js'
import { assertExternalTools } from '../support/external-tools.js'
import { copies, documentsOf } from '../support/pack-documents.js'
import { examples, examplesFolder, repositoryRoot } from '../support/paths.js'
import { makeReleases } from '../support/releases.js'
import { runCli } from '../support/run-cli.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const work = temporaryFolder()
/** A DOCX written by the docx library (`test/fixtures/docx-library/README.md`). */
const fixtures = path.join(repositoryRoot, 'test/fixtures/docx-library')
const docxLibrarySample = 'sample-docx-9.15.2.docx'
const variants = copies.flatMap((copy) => [
  { copy, toc: false, label: copy },
  { copy, toc: true, label: `${copy}+toc` },
])
const documents: { name: string; file: string }[] = []
let parts: PreparedParts
let failures: string[] = []
const seconds = { generate: 0, prepare: 0, jing: 0 }

/** Run the CLI; throw with its stderr if it fails. */
function cli(args: string[]): void {
  const run = runCli(args)
  if (run.status !== 0) throw new Error(`betterforus ${args.join(' ')}:\n${run.stderr}`)
}

const since = (start: number) => (performance.now() - start) / 1000

beforeAll(() => {
  assertExternalTools(['jing'])
  let start = performance.now()
  // Note: one batch run per copy and table-of-contents setting writes every example's pack.
  for (const { copy, toc, label } of variants) {
    const out = path.join(work, 'packs', label)
    cli(
      ['generate', examplesFolder, '--out', out, '--copy', copy, '--format', 'docx'].concat(
        toc ? ['--toc'] : [],
      ),
    )
    for (const { name } of examples) {
      for (const file of readdirSync(path.join(out, name)).filter((f) => f.endsWith('.docx')))
        documents.push({ name: `${name}/${label}/${file}`, file: path.join(out, name, file) })
    }
  }
  const { old, next } = makeReleases(path.join(work, 'releases'))
  const answers = path.join(examplesFolder, 'england-act-london.yaml')
  for (const [kind, args] of [
    ['library', []],
    ['pack', [answers]],
  ] as const) {
    const out = path.join(work, 'redlines', kind)
    cli(['diff', ...args, '--from', old, '--to', next, '--out', out])
    for (const file of readdirSync(out).filter((f) => f.endsWith('.docx')))
      documents.push({ name: `redline/${kind}/${file}`, file: path.join(out, file) })
  }
  documents.push({
    name: `fixture/${docxLibrarySample}`,
    file: path.join(fixtures, docxLibrarySample),
  })
  seconds.generate = since(start)

  start = performance.now()
  parts = prepareDocxParts(documents, path.join(work, 'parts'))
  seconds.prepare = since(start)
  start = performance.now()
  const validation = validateParts(parts.prepared)
  failures = [...parts.failures, ...validation.messages]
  seconds.jing = since(start)

  /** Reason → the part names it covers, each once. */
  const unchecked = new Map<string, Set<string>>()
  for (const { part, reason } of parts.unchecked)
    unchecked.set(reason, (unchecked.get(reason) ?? new Set()).add(part))
  const valid = parts.prepared.length - validation.invalid.size
  const checked = parts.prepared.length + parts.failures.length
  console.log(
    [
      `schema check: ${valid} parts of ${documents.length} documents valid against ISO/IEC 29500 transitional` +
        ` (${checked} checked; whole check ${(seconds.generate + seconds.prepare + seconds.jing).toFixed(1)} s:` +
        ` generate ${seconds.generate.toFixed(1)} s,` +
        ` Markup Compatibility ${seconds.prepare.toFixed(1)} s, jing ${seconds.jing.toFixed(1)} s)`,
      ...[...unchecked].map(
        ([reason, names]) => `  not schema-checked: ${[...names].sort().join(', ')}: ${reason}`,
      ),
      ...failures.map((line) => `  INVALID ${line}`),
    ].join('\n'),
  )
}, 600_000)

describe('the DOCX parts against the ISO/IEC 29500 transitional schemas', () => {
  it('G7: every WordprocessingML part of every DOCX is valid (jing, after Markup Compatibility)', () => {
    expect(failures).toEqual([])
  })

  it('G7: every part of every DOCX has a schema or a stated reason to go unchecked', () => {
    expect(parts.unknown).toEqual([])
  })

  it('G7: covers every example in both copies, with and without a table of contents, the redlines and the docx sample', () => {
    const isPack = (name: string) => !/^(redline|fixture)\//.test(name)
    const packs = documents.filter(({ name }) => isPack(name))
    expect(packs).toHaveLength(
      examples.length * copies.reduce((sum, copy) => sum + documentsOf(copy).length, 0) * 2,
    )
    expect(documents.map(({ name }) => name)).toEqual(
      expect.arrayContaining([
        'redline/library/library.redline.docx',
        'redline/pack/doc-contract-schedule.redline.docx',
      ]),
    )
    /** How many documents (of those `among` names) had the part checked. */
    const checked = (part: string, among: (name: string) => boolean = () => true) =>
      parts.prepared.filter((entry) => entry.part === part && among(entry.document)).length
    for (const part of [
      'word/document.xml',
      'word/styles.xml',
      'word/settings.xml',
      'docProps/app.xml',
    ])
      expect([part, checked(part)]).toEqual([part, documents.length])
    for (const part of ['docProps/custom.xml', 'word/numbering.xml', 'word/footer1.xml'])
      expect([part, checked(part, isPack)]).toEqual([part, packs.length])
    // Drafting and risk notes are comments in the drafter copy of every example.
    expect(checked('word/comments.xml', isPack)).toBeGreaterThanOrEqual(examples.length * 2)
    const sample = (part: string) =>
      checked(part, (name) => name === `fixture/${docxLibrarySample}`)
    for (const part of [
      'word/header1.xml',
      'word/footnotes.xml',
      'word/endnotes.xml',
      'word/fontTable.xml',
      'word/theme/theme1.xml',
      'word/comments.xml',
      'word/numbering.xml',
    ])
      expect([part, sample(part)]).toEqual([part, 1])
  })
})

describe('the schema check itself', () => {
  const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml'
  const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
  /** A paragraph with w14 markup that a part declares ignorable, or not. */
  const w14Paragraph = (ignorable: boolean) =>
    `<w:p xmlns:mc="${MC}" xmlns:w14="${W14}"${ignorable ? ' mc:Ignorable="w14"' : ''} w14:paraId="1A2B3C4D"><w14:unknown/></w:p>`
  /** Insert markup as the first child of the body. */
  const atBodyStart = (markup: string) => (xml: string) =>
    xml.replace('<w:body>', `<w:body>${markup}`)
  /** jing's verdict on each edit of a valid `word/document.xml`: the message it must give, or
   * `undefined` where the edit must still validate. */
  const cases: {
    name: string
    title: string
    edit: (xml: string) => string
    message: string | undefined
  }[] = [
    {
      name: 'unknown-element',
      title: 'rejects an unknown w: element, naming the document and the part',
      edit: atBodyStart('<w:frobnicate/>'),
      message: 'error: element "w:frobnicate" not allowed here',
    },
    {
      name: 'out-of-order',
      title: "rejects the body's w:sectPr out of order, naming the document and the part",
      // The body's w:sectPr must come last; here it comes before the last paragraph.
      edit: (xml) => {
        const start = xml.lastIndexOf('<w:sectPr')
        const end = xml.lastIndexOf('</w:body>')
        const last = Math.max(xml.lastIndexOf('<w:p>', start), xml.lastIndexOf('<w:p ', start))
        return `${xml.slice(0, last)}${xml.slice(start, end)}${xml.slice(last, start)}${xml.slice(end)}`
      },
      message: 'not allowed here',
    },
    {
      name: 'unknown-namespace',
      title:
        'rejects an element of a namespace not declared ignorable, naming the document and the part',
      edit: atBodyStart('<x:note xmlns:x="urn:example:unknown"/>'),
      message: 'error: element "x:note" not allowed here',
    },
    {
      name: 'w14-not-ignorable',
      title: 'rejects w14 markup not declared ignorable, naming the document and the part',
      // Note: docx declares w14 ignorable on the root; take that away so nothing declares it.
      edit: (xml) => atBodyStart(w14Paragraph(false))(xml.replace(/ mc:Ignorable="[^"]*"/, '')),
      message: 'error: attribute "w14:paraId" not allowed here',
    },
    {
      name: 'w14-ignorable',
      title: 'accepts the same w14 markup declared ignorable (Markup Compatibility drops it)',
      edit: atBodyStart(w14Paragraph(true)),
      message: undefined,
    },
  ]
  let brokenFailures: string[] = []

  beforeAll(() => {
    const source = documents[0]
    if (!source) throw new Error('no DOCX was generated (see the first beforeAll)')
    const original = strFromU8(
      unzipSync(new Uint8Array(readFileSync(source.file)), {
        filter: (entry) => entry.name === 'word/document.xml',
      })['word/document.xml'] as Uint8Array,
    )
    const broken: PreparedPart[] = cases.map(({ name, edit }) => {
      const edited = edit(original)
      if (edited === original) throw new Error(`the ${name} edit no longer applies`)
      const file = path.join(work, `broken-${name}.document.xml`)
      writeFileSync(file, applyMarkupCompatibility(edited))
      return {
        document: `broken/${name}.docx`,
        part: 'word/document.xml',
        file,
        schema: 'WordprocessingML_Main_Document.rnc',
      }
    })
    brokenFailures = validateParts(broken).messages
  }, 60_000)

  it.each(cases)('G7: $title', ({ name, message }) => {
    const named = brokenFailures.filter((line) =>
      line.startsWith(`broken/${name}.docx: word/document.xml (`),
    )
    if (message === undefined) expect(named).toEqual([])
    else expect(named.some((line) => line.includes(message))).toBe(true)
  })
})
