/**
 * Fuzzed but valid answer sets (a fixed seed, the arbitraries of `support/fuzzed-answers.ts`, as
 * in `unit/fuzz-answers.test.ts`) read by a real client: every document of both copies as DOCX,
 * converted to text by LibreOffice in two calls (one profile each), which must hold every text
 * answer of its set, compared with the normalisation of the examples suite (`normaliseSpace` per
 * line, empty lines and LibreOffice's bullets dropped).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { catalog } from '@betterforus/clauses'
import { GenerationError, generatePack, toDocx, toMarkdownDocument } from '@betterforus/generator'
import { type Answers, parseAnswers } from '@betterforus/questionnaire'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { normaliseSpace } from '../support/compare-lines.js'
import { assertExternalTools } from '../support/external-tools.js'
import {
  answersFileText,
  type ExpectedText,
  newFuzzStats,
  validAnswerSets,
} from '../support/fuzzed-answers.js'
import { markdownBlocks } from '../support/markdown-text.js'
import { copies, documentsOf } from '../support/pack-documents.js'
import { convertWithLibreOffice } from '../support/soffice.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const SEED = 20_261_127
const SETS = 50
/** DOCX files per soffice call: about half a minute of work. */
const BATCH = 110

/** Text lines as compared: normalised, empty ones dropped, LibreOffice's bullet dropped. */
const comparableLines = (text: string) =>
  text
    .split('\n')
    .map((line) => normaliseSpace(line).replace(/^[•◦▪]\s*/, ''))
    .filter((line) => line !== '')
    .join('\n')

interface FuzzedSet {
  index: number
  answers: Answers
  texts: ExpectedText[]
}

/**
 * The first SETS sets the generator builds; a few valid sets are dated before the data's first
 * pay rates, which the generator refuses (checked in the unit fuzz test).
 */
function buildableSets(): FuzzedSet[] {
  const sampled = fc.sample(validAnswerSets(catalog.questionnaire, newFuzzStats()), {
    numRuns: SETS * 2,
    seed: SEED,
  })
  const found: FuzzedSet[] = []
  for (const set of sampled) {
    const { answers } = parseAnswers(answersFileText(set), catalog.questionnaire)
    if (!answers) throw new Error(`a valid fuzzed set was refused:\n${answersFileText(set)}`)
    try {
      generatePack(answers, { catalog, copy: 'issue', documents: ['doc-notice-inserts'] })
    } catch (error) {
      if (error instanceof GenerationError) continue
      throw error
    }
    found.push({ index: found.length, answers, texts: set.texts })
    if (found.length === SETS) break
  }
  return found
}

const sets = buildableSets()
const work = temporaryFolder()
const retried: string[] = []

/**
 * Convert a batch to text. Note: once, on a loaded machine, LibreOffice stopped after 246 files of
 * a 275-file call and exited 0; so the files it left out are converted again, in a second call,
 * which must succeed (a file LibreOffice cannot load still fails, G8).
 */
async function convertBatch(files: string[], call: number): Promise<string[]> {
  const options = (name: string) => ({
    outDir: path.join(work, 'txt'),
    profileDir: path.join(work, `lo-profile-${name}`),
    timeoutMs: 600_000,
  })
  try {
    return await convertWithLibreOffice(files, 'txt', options(String(call)))
  } catch (error) {
    if (!String(error).includes('G8:')) throw error
  }
  const outputOf = (file: string) => path.join(work, 'txt', `${path.basename(file, '.docx')}.txt`)
  const missing = files.filter(
    (file) => !existsSync(outputOf(file)) || statSync(outputOf(file)).size === 0,
  )
  retried.push(...missing.map((file) => path.basename(file)))
  await convertWithLibreOffice(missing, 'txt', options(`${call}-again`))
  return files.map(outputOf)
}

/** One converted document: the Markdown's text and LibreOffice's, as comparable lines. */
interface Converted {
  name: string
  markdown: string
  libreOffice: string
  outputBytes: number
}
const converted = new Map<number, Converted[]>()

beforeAll(async () => {
  assertExternalTools(['soffice'])
  const started = performance.now()
  const staging = path.join(work, 'docx')
  mkdirSync(staging, { recursive: true })
  const staged: { set: number; name: string; markdown: string; docx: string }[] = []
  for (const set of sets) {
    for (const copy of copies) {
      for (const tree of generatePack(set.answers, { catalog, copy }).documents) {
        const name = `set${set.index}--${tree.data.id}.${copy}`
        const docx = path.join(staging, `${name}.docx`)
        writeFileSync(docx, await toDocx(tree))
        staged.push({ set: set.index, name, markdown: toMarkdownDocument(tree), docx })
      }
    }
  }
  const built = performance.now()
  // Note: batches of BATCH files, two at a time (two cores), each call with its own profile.
  const batches: string[][] = []
  for (let at = 0; at < staged.length; at += BATCH) {
    batches.push(staged.slice(at, at + BATCH).map((file) => file.docx))
  }
  const outputs: string[] = []
  for (let at = 0; at < batches.length; at += 2) {
    const results = await Promise.all(
      batches.slice(at, at + 2).map((files, offset) => convertBatch(files, at + offset)),
    )
    outputs.push(...results.flat())
  }
  staged.forEach((file, index) => {
    const output = outputs[index] ?? ''
    const list = converted.get(file.set) ?? []
    list.push({
      name: file.name,
      // Note: notes are Word comments, which LibreOffice's text leaves out.
      markdown: comparableLines(
        markdownBlocks(file.markdown)
          .filter((block) => block.kind !== 'note')
          .map((block) => block.text)
          .join('\n'),
      ),
      libreOffice: comparableLines(readFileSync(output, 'utf8').replace(/^\uFEFF/, '')),
      outputBytes: statSync(output).size,
    })
    converted.set(file.set, list)
  })
  const seconds = (at: number, from: number) => ((at - from) / 1000).toFixed(1)
  console.log(
    `fuzzed-packs: ${sets.length} sets, ${staged.length} DOCX built in ${seconds(built, started)} s, converted by LibreOffice in ${seconds(performance.now(), built)} s (${batches.length} calls; converted again alone: ${retried.join(', ') || 'none'})`,
  )
}, 1_800_000)

const convertedOf = (index: number): Converted[] => {
  const found = converted.get(index)
  if (!found) throw new Error(`set ${index} was not converted (see beforeAll)`)
  return found
}

it(`builds ${SETS} fuzzed answer sets, each with text answers`, () => {
  expect(sets).toHaveLength(SETS)
  for (const set of sets) expect(set.texts.length).toBeGreaterThan(0)
})

describe.each(sets)('fuzzed set $index', ({ index, texts }) => {
  it('G8: LibreOffice converts every DOCX of both copies to non-empty text', () => {
    const documents = convertedOf(index)
    const expected = copies.reduce((sum, copy) => sum + documentsOf(copy).length, 0)
    expect(documents).toHaveLength(expected)
    for (const document of documents) {
      expect(document.outputBytes, document.name).toBeGreaterThan(0)
      expect(document.libreOffice, document.name).not.toBe('')
    }
  })

  it('F7, F9–F13, F16: LibreOffice text holds every text answer the Markdown prints', () => {
    const documents = convertedOf(index)
    for (const { id, text } of texts) {
      const answer = comparableLines(text)
      const printing = documents.filter((document) => document.markdown.includes(answer))
      expect(printing.length, `${id} is printed in some document`).toBeGreaterThan(0)
      for (const document of printing) {
        expect(document.libreOffice, `${id} in ${document.name}`).toContain(answer)
      }
    }
  })
})
