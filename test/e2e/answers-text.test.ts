/**
 * Answers that are hard to carry through to a real client: a multi-line answer (F7) and an
 * authority name with Welsh diacritics and an emoji tag sequence (F16), read back from the DOCX by
 * LibreOffice and pandoc.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { catalog } from '@betterforus/clauses'
import { beforeAll, describe, expect, it } from 'vitest'
import { normaliseSpace } from '../support/compare-lines.js'
import { assertExternalTools } from '../support/external-tools.js'
import { markdownBlocks } from '../support/markdown-text.js'
import { docxToPlainText } from '../support/pandoc.js'
import { examples } from '../support/paths.js'
import { runCli } from '../support/run-cli.js'
import { convertWithLibreOffice } from '../support/soffice.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const work = temporaryFolder()
const documents = catalog.pack.documents
/** Welsh circumflex (ô, precomposed) and the flag of Wales: 🏴 plus tag characters, one grapheme. */
const authority = 'Cyngor Sir Ynys Môn 🏴\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}'
const firstLine =
  'A person is disadvantaged if they have been unemployed for twelve months or more.'
const secondLine = 'Care leavers under 25 are also disadvantaged.'
const texts = new Map<string, { markdown: string; libreOffice: string; pandoc: string }>()

beforeAll(async () => {
  assertExternalTools(['soffice', 'pandoc'])
  const example = examples.find((candidate) => candidate.name === 'england-act-london')
  if (!example) throw new Error('the england-act-london example is missing')
  // Note: `reserved.disadvantagedDefinition` is the questionnaire's only long-text question; it is
  // shown when the contract is reserved, as in this example.
  const source = readFileSync(example.file, 'utf8')
  const answers = source
    .replace(/^ {2}name: London Borough of Riverside$/m, `  name: "${authority}"`)
    .replace(
      /^ {2}disadvantagedDefinition: >-\n(?: {4}.*\n)+/m,
      `  disadvantagedDefinition: |-\n    ${firstLine}\n    ${secondLine}\n`,
    )
  if (
    !answers.includes(authority) ||
    !answers.includes(secondLine) ||
    answers.includes('Riverside')
  )
    throw new Error('the example changed shape: update the replacements above')
  const file = path.join(work, 'answers.yaml')
  writeFileSync(file, answers)
  const out = path.join(work, 'pack')
  const run = runCli(['generate', file, '--out', out, '--copy', 'drafter'])
  if (run.status !== 0) throw new Error(`generate:\n${run.stderr}`)
  const docx = documents.map((document) => path.join(out, `${document}.drafter.docx`))
  const converted = await convertWithLibreOffice(docx, 'txt', {
    outDir: path.join(work, 'txt'),
    profileDir: path.join(work, 'lo-profile'),
  })
  documents.forEach((document, index) => {
    texts.set(document, {
      markdown: readFileSync(path.join(out, `${document}.drafter.md`), 'utf8'),
      libreOffice: readFileSync(converted[index] ?? '', 'utf8'),
      pandoc: docxToPlainText(docx[index] ?? ''),
    })
  })
}, 120_000)

const lines = (text: string) => text.split('\n').map(normaliseSpace)

it('F7: prints the two-line answer in the memo and in at least one other document', () => {
  const printing = documents.filter((document) => texts.get(document)?.markdown.includes(firstLine))
  expect(printing).toContain('doc-drafting-memo')
  expect(printing.length).toBeGreaterThan(1)
})

describe.each(documents)('%s', (document) => {
  const get = () => {
    const found = texts.get(document)
    if (!found) throw new Error(`${document} was not generated (see beforeAll)`)
    return found
  }

  // Note: not every document prints this answer; where one does, it is a hard break.
  it('F7: a two-line answer is a hard break in the Markdown', () => {
    const blocks = markdownBlocks(get().markdown).filter((block) => block.text.includes(firstLine))
    for (const block of blocks) {
      expect(block.hasBreak).toBe(true)
      expect(block.text).toContain(`${firstLine}\n${secondLine}`)
    }
  })

  it('F7: the two lines are on separate lines in LibreOffice text and pandoc text', () => {
    const { markdown, libreOffice, pandoc } = get()
    const occurrences = markdown.split(firstLine).length - 1
    for (const text of [libreOffice, pandoc]) {
      const all = lines(text)
      const at = all.flatMap((line, index) => (line.endsWith(firstLine) ? [index] : []))
      expect(at).toHaveLength(occurrences)
      for (const index of at) expect(all[index + 1]).toBe(secondLine)
      expect(text).not.toContain(`${firstLine} ${secondLine}`)
    }
  })

  it('F16: Welsh diacritics and an emoji tag sequence come out exactly', () => {
    const { markdown, libreOffice, pandoc } = get()
    const occurrences = markdown.split(authority).length - 1
    expect(occurrences).toBeGreaterThan(0)
    // pandoc moves nothing here: the name is in cover lines and body paragraphs, not the Title.
    expect(libreOffice.split(authority).length - 1).toBe(occurrences)
    expect(pandoc.split(authority).length - 1).toBe(occurrences)
    expect(lines(libreOffice)).toContain(authority)
    expect(lines(pandoc)).toContain(authority)
  })
})
