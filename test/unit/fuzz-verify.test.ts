/**
 * Fuzzing what `betterforus verify` reads, and a fork's clause files (bad-inputs V9): FUZZ_RUNS
 * damaged documents (default 300) made from a generated DOCX and Markdown document, and a thirtieth
 * as many damaged clause files compiled as a fork.
 *
 * - Documents: zips truncated, bit-flipped, with huge declared sizes or duplicated entry names;
 *   XML parts and front matter with hostile fragments inserted and ranges deleted. Each must give
 *   a correct answer (the provenance of an untouched part, well-typed) or a `DocumentReadError`
 *   (one line), never another exception, within a time and memory bound. One case in
 *   `CLI_EVERY` also runs through the built CLI: exit 0 or 1, no stack trace.
 * - Clause files: front matter and body mutated alike; `compileCatalog` must return a catalog or
 *   fatal messages naming the file, never throw.
 *
 * The seed is printed; replay a failure with
 * `FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run unit/fuzz-verify.test.ts`.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { catalog } from '@betterforus/clauses'
import { compileCatalog } from '@betterforus/clauses/compiler'
import {
  type DocumentProvenance,
  DocumentReadError,
  generatePack,
  readProvenance,
  toDocx,
  toMarkdownDocument,
} from '@betterforus/generator'
import { parseAnswers } from '@betterforus/questionnaire'
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { examplesAnswers, stackLines } from '../support/hostile-documents.js'
import {
  frontMatterMutation,
  type Mutation,
  partMutation,
  yamlMutation,
  zipMutation,
} from '../support/mutated-documents.js'
import { templatesFolder } from '../support/paths.js'
import { runCli } from '../support/run-cli.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const runs = Number(process.env.FUZZ_RUNS ?? 300)
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 0x7fffffff))
const replayPath = process.env.FUZZ_PATH
/** One case in this many also runs through the built CLI (a process each). */
const CLI_EVERY = 30
/** The most one read may take on a loaded two-core machine; a regex or inflate bomb takes minutes. */
const MAX_MS = 5000
/** The most the process may hold at any point, against an inflate bomb. */
const MAX_RSS = 1024 * 1024 * 1024

const work = temporaryFolder()
const answers = parseAnswers(readFileSync(examplesAnswers), catalog.questionnaire).answers
if (!answers) throw new Error(`${examplesAnswers} does not validate`)
const [tree] = generatePack(answers, {
  catalog,
  copy: 'drafter',
  documents: ['doc-contract-schedule'],
}).documents
if (!tree) throw new Error('no contract schedule')
const docx = await toDocx(tree)
const markdown = toMarkdownDocument(tree)
const original = readProvenance(docx) as DocumentProvenance
const counts = { cases: 0, provenance: 0, none: 0, refused: 0, cli: 0, maxMs: 0, maxRss: 0 }

/** Read a damaged document: a correct answer or a clear refusal, in bounded time and memory. */
function check(input: Uint8Array, what: string): void {
  const start = performance.now()
  let result: DocumentProvenance | undefined
  let refused = false
  try {
    result = readProvenance(input)
  } catch (error) {
    refused = true
    if (!(error instanceof DocumentReadError)) {
      throw new Error(`${what}: not a DocumentReadError: ${(error as Error).stack}`)
    }
    expect(error.message, what).not.toMatch(/\n/)
    counts.refused++
  }
  const ms = performance.now() - start
  counts.maxMs = Math.max(counts.maxMs, ms)
  counts.maxRss = Math.max(counts.maxRss, process.memoryUsage().rss)
  expect(ms, `${what}: time`).toBeLessThan(MAX_MS)
  expect(counts.maxRss, `${what}: memory`).toBeLessThan(MAX_RSS)
  if (result === undefined) {
    if (!refused) counts.none++
  } else {
    counts.provenance++
    for (const value of [result.library, result.answersSha256, result.document, result.copy])
      expect(typeof value, what).toBe('string')
    expect(
      result.clauses.every((clause) => typeof clause === 'string'),
      what,
    ).toBe(true)
    expect(result.actualTextSha256, what).toMatch(/^[0-9a-f]{64}$/)
  }
  counts.cases++
  if (counts.cases % CLI_EVERY === 0) checkCli(input, what)
}

/** The built CLI on the same bytes: exit 0 or 1, one line when refused, no stack trace. */
function checkCli(input: Uint8Array, what: string): void {
  const file = path.join(work, `case-${counts.cases}`)
  writeFileSync(file, input)
  const run = runCli(['verify', file])
  expect([0, 1], `${what}: ${run.stderr}`).toContain(run.status)
  expect(stackLines(run.stderr), what).toEqual([])
  if (run.stdout === '') expect(run.stderr.trim().split('\n'), what).toHaveLength(1)
  counts.cli++
}

const property = <T>(
  arbitrary: fc.Arbitrary<Mutation<T>>,
  input: T,
  encode: (value: T) => Uint8Array,
) => fc.property(arbitrary, (mutation) => check(encode(mutation.apply(input)), mutation.what))

const parameters = (numRuns: number) => ({
  numRuns,
  seed,
  ...(replayPath && { path: replayPath }),
})

it('V9: reads any damaged DOCX or Markdown document to a correct answer or one clear line', () => {
  console.log(`fuzz-verify: seed ${seed}, ${runs} runs`)
  // The undamaged documents are read correctly, so the property is not vacuous.
  expect(original.textSha256).toBe(original.actualTextSha256)
  const { textSha256, actualTextSha256, ...recorded } = original
  expect(readProvenance(markdown)).toMatchObject(recorded)
  const share = Math.max(1, Math.floor(runs / 4))
  const encode = (text: string) => new TextEncoder().encode(text)
  const same = (zip: Uint8Array) => zip
  fc.assert(property(zipMutation(), docx, same), parameters(share))
  const xml = partMutation(['docProps/custom.xml', 'word/document.xml'])
  fc.assert(property(xml, docx, same), parameters(share))
  fc.assert(property(frontMatterMutation(), markdown, encode), parameters(share))
  const body = yamlMutation().map((mutation) => ({
    what: `whole file: ${mutation.what}`,
    apply: mutation.apply,
  }))
  fc.assert(property(body, markdown, encode), parameters(share))
  console.log(`fuzz-verify: ${JSON.stringify(counts)}`)
  expect(counts.provenance).toBeGreaterThan(0)
  expect(counts.refused).toBeGreaterThan(0)
}, 600_000)

it('V9: compiles any damaged clause file of a fork to a catalog or messages naming the file', async () => {
  const fork = path.join(work, 'fork')
  cpSync(templatesFolder, fork, { recursive: true })
  const clauses = readdirSync(path.join(fork, 'clauses')).filter((name) => name.endsWith('.md'))
  const library = { name: 'fork', version: '0.0.0' }
  const forkCounts = { cases: 0, compiled: 0, refused: 0, maxMs: 0 }
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...clauses), yamlMutation(), async (name, mutation) => {
      const file = path.join(fork, 'clauses', name)
      const text = readFileSync(path.join(templatesFolder, 'clauses', name), 'utf8')
      writeFileSync(file, mutation.apply(text))
      const start = performance.now()
      try {
        const { catalog: compiled, files } = await compileCatalog(fork, library)
        const fatal = files.flatMap((one) => one.messages.filter((message) => message.fatal))
        if (compiled) forkCounts.compiled++
        else {
          expect(fatal.length, `${name}: ${mutation.what}`).toBeGreaterThan(0)
          for (const message of fatal) expect(message.file, mutation.what).toMatch(/\S/)
          forkCounts.refused++
        }
      } finally {
        writeFileSync(file, text)
      }
      const ms = performance.now() - start
      forkCounts.maxMs = Math.max(forkCounts.maxMs, ms)
      expect(ms, `${name}: ${mutation.what}: time`).toBeLessThan(MAX_MS * 2)
      forkCounts.cases++
    }),
    parameters(Math.max(1, Math.floor(runs / 30))),
  )
  console.log(`fuzz-verify fork: ${JSON.stringify(forkCounts)}`)
  expect(forkCounts.refused).toBeGreaterThan(0)
}, 600_000)
