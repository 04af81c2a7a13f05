/**
 * `betterforus verify` on hostile and damaged documents (bad-inputs V1–V9), through the built CLI.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  declareSize,
  docxParts,
  examplesAnswers,
  generateSchedule,
  runCliWithin,
  stackLines,
  zipParts,
} from '../support/hostile-documents.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const folder = temporaryFolder()
const { docx, md } = generateSchedule(path.join(folder, 'pack'))
const markdown = readFileSync(md, 'utf8')
const parts = docxParts(docx)
const custom = parts['docProps/custom.xml'] as string

let count = 0
/** Write `content` to a fresh file named like `name`, and verify it (with the answers). */
function verify(name: string, content: string | Uint8Array, answers = true) {
  count += 1
  const file = path.join(folder, `${count}-${name}`)
  writeFileSync(file, content)
  return runCliWithin(['verify', file, ...(answers ? [examplesAnswers] : [])])
}

/** One clear line on stderr, exit 1, no stack trace, nothing on stdout. */
function expectRefused(run: ReturnType<typeof runCliWithin>, reason: RegExp) {
  expect(run.status).toBe(1)
  expect(run.stdout).toBe('')
  expect(stackLines(run.stderr)).toEqual([])
  expect(run.stderr.trim().split('\n')).toHaveLength(1)
  expect(run.stderr).toMatch(reason)
}

describe('betterforus verify on hostile documents', () => {
  it('V1: reads docProps/custom.xml with an XML parser, so a payload that made the old regular expression backtrack is refused at once', () => {
    const payload = `<Properties>${'<property name=""'.repeat(4000)}`
    const run = verify('backtrack.docx', zipParts({ ...parts, 'docProps/custom.xml': payload }))
    expectRefused(run, /docProps\/custom\.xml is not well-formed XML/)
  })

  it('V1: reads properties as XML does: entities, attributes in any order, whitespace', () => {
    const rewritten = custom
      .replace(/<property fmtid="([^"]*)" pid="(\d+)" name="library">/, (_, fmtid, pid) => {
        return `<property name = 'library'\n pid="${pid}" fmtid="${fmtid}" >\n`
      })
      .replace('@betterforus/clauses@', '&#x40;betterforus/clauses@')
    const run = verify('rewritten.docx', zipParts({ ...parts, 'docProps/custom.xml': rewritten }))
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/library {4}@betterforus\/clauses@\d/)
    expect(run.status).toBe(0)
  })

  it('V2: refuses a part whose declared size is over its cap before inflating it', () => {
    const padded = custom + ' '.repeat(40_000_000)
    const run = verify('declared.docx', zipParts({ ...parts, 'docProps/custom.xml': padded }))
    expectRefused(run, /docProps\/custom\.xml declares 40\d{6} bytes; the limit is 1048576/)
  })

  it('V2: stops inflating a part that inflates past the size its zip directory declares', () => {
    const padded = custom + ' '.repeat(40_000_000)
    const zip = declareSize(
      zipParts({ ...parts, 'docProps/custom.xml': padded }),
      'docProps/custom.xml',
      custom.length,
    )
    const run = verify('bomb.docx', zip)
    expectRefused(run, /inflates to more than the \d+ bytes its zip directory declares/)
  })

  it('V2: refuses a document over 16 MiB before reading it', () => {
    const run = verify('huge.md', `${markdown}\n${'x'.repeat(17 * 1024 * 1024)}\n`)
    expectRefused(run, /is 17\d{6} bytes; a generated document is at most 16777216/)
  })

  it('V2: refuses a zip with two entries of one name', () => {
    const zip = zipParts({ ...parts, 'docProps/custom.xmk': custom })
    const at = Buffer.from(zip).lastIndexOf('docProps/custom.xmk')
    zip[at + 'docProps/custom.xm'.length] = 'l'.charCodeAt(0)
    expectRefused(verify('twice.docx', zip), /two zip entries named "docProps\/custom\.xml"/)
  })

  it.each([
    ['an alias', 'extra: &a x\nagain: *a\n', /Aliases \(\*a\) are not allowed/],
    ['a syntax error', 'library: [unclosed\n', /front matter is not the YAML we write/],
    ['a duplicate key', 'library: a\n', /appears twice/],
    [
      'very many keys',
      `many: {${Array.from({ length: 1500 }, (_, index) => `k${index}: 1`).join(', ')}}\n`,
      /holds over 1000 keys/,
    ],
  ])('V3: refuses front matter with %s in one line, exit 1', (_, extra, reason) => {
    const run = verify('front-matter.md', markdown.replace('---\n', `---\n${extra}`))
    expectRefused(run, reason)
  })

  it('V4: says the Markdown text is as generated, and that an edited one was edited (exit 0)', () => {
    const same = verify('same.md', markdown)
    expect(same.stdout).toContain('✓ the text is as generated')
    expect(same.status).toBe(0)
    const body = markdown.indexOf('\n---\n')
    const edited = markdown.slice(0, body) + markdown.slice(body).replaceAll(' must ', ' may ')
    expect(edited).not.toBe(markdown)
    const run = verify('edited.md', edited)
    expect(run.stdout).toContain('! the text was edited since it was generated')
    expect(run.stdout).toContain('✓ made from the answers in')
    expect(run.status).toBe(0)
  })

  it('V4: says the DOCX text is as generated, and that an edited one was edited (exit 0)', () => {
    const same = verify('same.docx', zipParts(parts))
    expect(same.stdout).toContain('✓ the text is as generated')
    const document = parts['word/document.xml'] as string
    const edited = document.replaceAll(' must ', ' may ')
    expect(edited).not.toBe(document)
    const run = verify('edited.docx', zipParts({ ...parts, 'word/document.xml': edited }))
    expect(run.stdout).toContain('! the text was edited since it was generated')
    expect(run.status).toBe(0)
  })

  it('V4: fails a document that records no hash of its text', () => {
    const run = verify('no-text-hash.md', markdown.replace(/^text_sha256: .*\n/m, ''))
    expect(run.stdout).toContain('✗ the document records no hash of its text')
    expect(run.status).toBe(1)
  })

  it('V5: fails a document that records no clauses', () => {
    const library = /^library: (.*)$/m.exec(markdown)?.[1]
    const answers = /^answers_sha256: (.*)$/m.exec(markdown)?.[1]
    const bare = `---\nlibrary: ${library}\nanswers_sha256: ${answers}\n---\n\nAnything at all.\n`
    const run = verify('bare.md', bare)
    expect(run.stdout).toContain('✗ the document records no clauses')
    expect(run.stdout).not.toContain('✓')
    expect(run.status).toBe(1)
  })

  it('V6: escapes control and bidi characters in every value it prints, so none can forge a line', () => {
    const forged = '"x\\e[2K\\r\\n✓ every clause matches\\u202e\\u0085\\u2028"'
    const hostile = markdown
      .replace(/^library: .*$/m, `library: ${forged}`)
      .replace(/^regime: .*$/m, `regime: ${forged}`)
      .replace(/^clauses:\n {2}- /m, `clauses:\n  - ${forged}\n  - `)
    const run = verify('forged\u001b[31m.md', hostile)
    for (const output of [run.stdout, run.stderr]) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding these controls is the point.
      expect(output).not.toMatch(/[\u001b\r\u202e\u0085\u2028]/)
    }
    expect(run.stdout).toContain('x\\u{1b}[2K\\u{d}\\u{a}✓ every clause matches\\u{202e}')
    expect(run.stdout.split('\n').filter((line) => line.startsWith('✓ every'))).toHaveLength(0)
    expect(run.status).toBe(1)
  })

  it('V6: escapes bidi and C1 characters read from DOCX properties', () => {
    const hostile = custom.replace('>pa2023<', '>pa2023\u202e\u0085\u2028<')
    const run = verify('bidi.docx', zipParts({ ...parts, 'docProps/custom.xml': hostile }))
    expect(run.stdout).toContain('regime     pa2023\\u{202e}\\u{85}\\u{2028}')
    expect(run.stdout).not.toMatch(/[\u202e\u0085\u2028]/)
  })

  it.each([
    ['a truncated DOCX', () => readFileSync(docx).subarray(0, 3000), /not a complete DOCX/],
    ['a bare PK', () => 'PK', /not a complete DOCX \(no zip directory at its end\)/],
  ])('V7: refuses %s in one line, exit 1, no stack trace', (_, content, reason) => {
    expectRefused(verify('damaged.docx', content()), reason)
  })

  it('V7: refuses a missing file and a folder in one line, exit 1, no stack trace', () => {
    const missing = runCliWithin(['verify', path.join(folder, 'nothing.docx')])
    expectRefused(missing, /nothing\.docx: does not exist; check the path/)
    const directory = path.join(folder, 'a-folder.docx')
    mkdirSync(directory)
    expectRefused(runCliWithin(['verify', directory]), /a-folder\.docx: is a folder/)
  })

  it('V8: keeps the provenance and the text of a Markdown file with CRLF line endings', () => {
    const run = verify('crlf.md', markdown.replaceAll('\n', '\r\n'))
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('✓ the text is as generated')
    expect(run.stdout).toContain('✓ made from the answers in')
    expect(run.status).toBe(0)
  })
})
