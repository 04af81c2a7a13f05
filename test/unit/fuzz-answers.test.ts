/**
 * Fuzzing the whole chain with answer sets derived from the questionnaire (bad-inputs F1–F16,
 * U1, U3, U4, G3, G7): FUZZ_RUNS sets (default 10,000), one valid to four invalid, with hostile
 * text in every text answer.
 *
 * - Every set is validated. An invalid set must be refused with an error naming each question it
 *   breaks; a sample also goes through the built CLI, which must exit 1 and write nothing.
 * - Every valid set is built, in a copy and one document of it that fast-check chooses: the
 *   Markdown must have the structure of the same answers with harmless text (answer lines
 *   replaced by tokens), and the same text once the tokens are put back as the answers (the
 *   chunks between blank lines that differ are parsed; one set in ten, the whole documents);
 *   every XML part of the DOCX must be well-formed (saxes), and its text must hold each answer
 *   the document prints. A sample is built twice and must give the same bytes.
 *
 * The seed is printed; replay a failure with
 * `FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run unit/fuzz-answers.test.ts`.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { catalog } from '@betterforus/clauses'
import { GenerationError, generatePack, toDocx, toMarkdownDocument } from '@betterforus/generator'
import { type Answers, answersSha256, getAnswer, parseAnswers } from '@betterforus/questionnaire'
import fc from 'fast-check'
import { strFromU8, unzipSync } from 'fflate'
import { expect, it } from 'vitest'
import { parseRenderings } from '../support/compare-renderings.js'
import { wordprocessingText } from '../support/docx-parts.js'
import {
  type AnswerSet,
  answerSets,
  answersFileText,
  type InvalidAnswerSet,
  newFuzzStats,
  type ValidAnswerSet,
} from '../support/fuzzed-answers.js'
import { harmlessAnswers } from '../support/harmless-answers.js'
import { type Copy, copies, documentsOf } from '../support/pack-documents.js'
import { runCli } from '../support/run-cli.js'
import { temporaryFolder } from '../support/temporary-folder.js'
import { xmlProblems } from '../support/xml-problems.js'

const runs = Number(process.env.FUZZ_RUNS ?? 10_000)
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 0x7fffffff))
const replayPath = process.env.FUZZ_PATH
/** One invalid set in this many also runs through the built CLI (a process each). */
const CLI_EVERY = 200
/** Print progress twenty times a run, for long runs. */
const PROGRESS_EVERY = Math.max(500, Math.floor(runs / 20))
/** One valid set in this many has its whole documents parsed, not only the blocks that differ. */
const WHOLE_EVERY = 10
/** One valid set in this many is built twice and compared byte for byte (G3). */
const DETERMINISM_EVERY = 25

const work = temporaryFolder()
const stats = newFuzzStats()
const counts = {
  sets: 0,
  valid: 0,
  invalid: 0,
  refusedByGenerator: 0,
  documentsChecked: 0,
  blocksCompared: 0,
  wholeDocuments: 0,
  answersFound: 0,
  docxParts: 0,
  determinismChecks: 0,
  cliRuns: 0,
}

const fatalReasons = (result: ReturnType<typeof parseAnswers>) =>
  result.file.messages.filter((message) => message.fatal).map((message) => message.reason)

/** The text of a DOCX's body and comments, a `w:br` as `\n`. */
function docxText(parts: Record<string, Uint8Array>): string {
  return ['word/document.xml', 'word/comments.xml']
    .map((name) => parts[name])
    .map((bytes) => (bytes === undefined ? '' : wordprocessingText(strFromU8(bytes))))
    .join('\n')
}

async function checkValid(set: ValidAnswerSet, copy: Copy, pick: number): Promise<void> {
  const parsed = parseAnswers(answersFileText(set), catalog.questionnaire)
  expect(fatalReasons(parsed)).toEqual([])
  const answers = parsed.answers as Answers
  for (const { id, text } of set.texts) expect(getAnswer(answers, id), id).toBe(text)

  const documents = documentsOf(copy)
  const document = documents[pick % documents.length] as string
  const build = (input: Answers) => {
    const [tree] = generatePack(input, { catalog, copy, documents: [document] }).documents
    if (!tree) throw new Error(`generatePack built no ${document}`)
    return tree
  }
  let tree: ReturnType<typeof build>
  try {
    tree = build(answers)
  } catch (error) {
    // Valid answers the generator cannot build: only a date before the data's first pay rates.
    if (!(error instanceof GenerationError)) throw error
    for (const problem of error.problems) expect(problem).toMatch(/^`document\.date` is /)
    counts.refusedByGenerator++
    return
  }
  const markdown = toMarkdownDocument(tree)
  const plainAnswers = harmlessAnswers(answers, set.texts)
  // Note: the drafting memo prints the answers' hash; the harmless answers have another.
  const reference = toMarkdownDocument(build(plainAnswers)).replaceAll(
    answersSha256(plainAnswers),
    answersSha256(answers),
  )
  const whole = counts.valid % WHOLE_EVERY === 0
  const { hostile, harmless, expectedBlocks, printed, parsedBlocks } = parseRenderings(
    markdown,
    reference,
    set.texts,
    whole,
  )
  // F9–F13: no answer adds, removes or changes a node: same structure as harmless text.
  expect(hostile.shape, `${document}.${copy}: structure`).toEqual(harmless.shape)
  // F7, F16: each answer printed exactly, wherever the template puts it, and nothing else changed.
  expect(hostile.blocks, `${document}.${copy}: text`).toEqual(expectedBlocks)
  counts.blocksCompared += parsedBlocks
  if (whole) counts.wholeDocuments++

  const docx = await toDocx(tree)
  const parts = unzipSync(docx)
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue
    // G7: well-formed XML, every character allowed (F1, F2).
    expect(xmlProblems(bytes), `${document}.${copy}.docx ${name}`).toEqual([])
    counts.docxParts++
  }
  const text = docxText(parts)
  for (const index of printed) {
    const answer = set.texts[index]
    expect(text, `${answer?.id} in ${document}.${copy}.docx`).toContain(answer?.text)
    counts.answersFound++
  }
  counts.documentsChecked++

  if (counts.valid % DETERMINISM_EVERY === 0) {
    const again = build(answers)
    expect(toMarkdownDocument(again)).toBe(markdown)
    expect(Buffer.from(await toDocx(again)).equals(Buffer.from(docx))).toBe(true)
    counts.determinismChecks++
  }
}

function checkInvalid(set: InvalidAnswerSet): void {
  const text = answersFileText(set)
  const parsed = parseAnswers(text, catalog.questionnaire)
  const reasons = fatalReasons(parsed)
  const context = `after ${set.mutations.join('; ')}, the errors were:\n${reasons.join('\n')}`
  expect(parsed.answers, context).toBeUndefined()
  for (const id of set.named) {
    expect(
      reasons.some((reason) => reason.includes(id)),
      `${id} is named; ${context}`,
    ).toBe(true)
  }

  if (counts.invalid % CLI_EVERY === 1) {
    const folder = path.join(work, `cli-${counts.cliRuns}`)
    mkdirSync(folder, { recursive: true })
    const file = path.join(folder, `answers.${set.format}`)
    writeFileSync(file, text)
    const out = path.join(folder, 'out')
    const run = runCli(['generate', file, '--out', out])
    expect(run.status, run.stderr).toBe(1)
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([])
    for (const id of set.named) expect(run.stderr).toContain(id)
    counts.cliRuns++
  }
}

it(
  'F1–F16, U1, U3, U4, G3, G7: validates, builds and checks generated answer sets (property)',
  async () => {
    console.log(
      `fuzz-answers: ${runs} sets, seed ${seed}${replayPath ? `, path ${replayPath}` : ''} (replay with FUZZ_SEED=${seed})`,
    )
    const started = performance.now()
    const cases = fc.record({
      set: answerSets(catalog.questionnaire, stats),
      copy: fc.constantFrom<Copy>(...copies),
      pick: fc.nat(),
    })
    await fc.assert(
      fc.asyncProperty(
        cases,
        async ({ set, copy, pick }: { set: AnswerSet; copy: Copy; pick: number }) => {
          counts.sets++
          if (counts.sets % PROGRESS_EVERY === 0) {
            const seconds = ((performance.now() - started) / 1000).toFixed(0)
            console.log(`fuzz-answers: ${counts.sets} sets after ${seconds} s`)
          }
          if (set.valid) {
            counts.valid++
            await checkValid(set, copy, pick)
          } else {
            counts.invalid++
            checkInvalid(set)
          }
        },
      ),
      { numRuns: runs, seed, ...(replayPath === undefined ? {} : { path: replayPath }) },
    )
    const seconds = (performance.now() - started) / 1000
    const rate = (filter: { candidates: number; discarded: number }) =>
      `${filter.discarded} of ${filter.candidates} discarded (${((100 * filter.discarded) / Math.max(filter.candidates, 1)).toFixed(1)}%)`
    console.log(
      [
        `fuzz-answers: ${counts.sets} sets in ${seconds.toFixed(1)} s: ${counts.valid} valid, ${counts.invalid} invalid`,
        `  valid sets the generator refused (document.date before the first pay rates): ${counts.refusedByGenerator}`,
        `  valid candidates: ${rate(stats.valid)}; ${stats.repaired} repaired (one of a refusing rule's conditions made false)`,
        `  invalid candidates: ${rate(stats.invalid)}`,
        `  documents checked (Markdown and DOCX): ${counts.documentsChecked} (${counts.wholeDocuments} parsed whole); Markdown blocks compared: ${counts.blocksCompared}; answers found in them: ${counts.answersFound}; DOCX parts parsed: ${counts.docxParts}`,
        `  built twice and compared: ${counts.determinismChecks}; invalid sets through the CLI: ${counts.cliRuns}`,
      ].join('\n'),
    )
    expect(counts.sets).toBe(replayPath === undefined ? runs : counts.sets)
    expect(counts.valid).toBeGreaterThan(0)
    expect(counts.invalid).toBeGreaterThan(0)
    // Generation must stay efficient as rules are added: few candidates thrown away.
    expect(stats.valid.discarded / Math.max(stats.valid.candidates, 1)).toBeLessThan(0.1)
    expect(stats.invalid.discarded / Math.max(stats.invalid.candidates, 1)).toBeLessThan(0.2)
  },
  // Note: a hang guard only, generous for two busy cores; speed is measured by `npm run bench`.
  Math.max(900_000, runs * 400),
)
