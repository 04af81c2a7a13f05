/**
 * Fuzzing a council's fork of the clause templates (bad-inputs T1–T16): FUZZ_TEMPLATE_RUNS forks
 * (default 150), each a small fork on the real questionnaire with one to four mutations of its
 * clause and document files (front matter and body), glossary or data: hostile Handlebars and
 * YAML inserted, ranges deleted or repeated, lines swapped between files.
 *
 * - `compileCatalog` must never throw. A fork it refuses must have at least one fatal message,
 *   each naming a file of the fork, worded for a person (no stack trace or JavaScript error
 *   text), and at least one of them with a line.
 * - A fork it accepts must render: `generatePack` on two example answers files gives a pack, or
 *   refuses with a `GenerationError` (a clear error, such as G2), or with the generator's refusal
 *   of a body block a clause may not hold (a code block, `---`, a quote: the known limit of T6,
 *   which lint does not check yet; counted apart). Any other error is a call lint let through.
 * - Every compile finishes within PER_FORK_MS (a generous hang guard, not a speed assertion).
 *
 * The seed is printed; replay a failure with
 * `FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run unit/fuzz-templates.test.ts`.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { catalogFromSource, compileCatalog } from '@betterforus/clauses/compiler'
import { GenerationError, generatePack } from '@betterforus/generator'
import { type Answers, parseAnswers } from '@betterforus/questionnaire'
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { HOSTILE, VALID_CALLS } from '../support/fork-snippets.js'
import { examplesFolder, repositoryRoot, templatesFolder } from '../support/paths.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const runs = Number(process.env.FUZZ_TEMPLATE_RUNS ?? 150)
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 0x7fffffff))
const replayPath = process.env.FUZZ_PATH
/** Most time one fork may take to compile and render (a hang guard). */
const PER_FORK_MS = 10_000
const library = { name: '@example/fuzzed-fork', version: '1.0.0' }

/** The files a mutation may change, relative to the fork. */
const TARGETS = [
  'clauses/pay-living.md',
  'clauses/remedy.md',
  'clauses/definitions.md',
  'documents/doc-main.md',
  'glossary.yaml',
  'data/thresholds.yaml',
  'pack.yaml',
] as const

/** A fork of the minimal fixture library on the real questionnaire, compiling cleanly. */
function makeFork(folder: string): void {
  cpSync(path.join(repositoryRoot, 'packages/clauses/fixtures/minimal'), folder, {
    recursive: true,
  })
  cpSync(path.join(templatesFolder, 'questionnaire.yaml'), path.join(folder, 'questionnaire.yaml'))
  // Note: the fixture's own questions, mapped to questions of the real questionnaire.
  for (const name of ['clauses/pay-living.md', 'clauses/remedy.md']) {
    const file = path.join(folder, name)
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replaceAll('pay.living', 'goodWork.livingHours')
        .replaceAll('supplier.note', 'engagement.summary'),
    )
  }
}

type Mutation =
  | { kind: 'insert' | 'body-insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'swap-line'; line: number; from: (typeof TARGETS)[number]; fromLine: number }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 40 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('repeat' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 30 }),
      times: fc.integer({ min: 2, max: 300 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('swap-line' as const),
      line: fc.nat(),
      from: fc.constantFrom(...TARGETS),
      fromLine: fc.nat(),
    }),
  },
)

/** Inserts into a template body reach the helper checks and rendering, past the YAML. */
const bodyInsert: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constant('body-insert' as const),
  at: fc.nat(),
  text: fc.oneof(
    fc.constantFrom(...HOSTILE.filter((snippet) => snippet.includes('{{'))),
    fc.constantFrom(...VALID_CALLS),
  ),
})

// Note: one case in two changes only template bodies, so enough forks compile and are rendered.
const forkCase = fc.oneof(
  fc.record({
    target: fc.constantFrom(...TARGETS),
    mutations: fc.array(fc.oneof(mutation, bodyInsert), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    target: fc.constantFrom(...TARGETS.filter((name) => name.endsWith('.md'))),
    mutations: fc.array(bodyInsert, { minLength: 1, maxLength: 3 }),
  }),
)

function applyMutation(text: string, change: Mutation, original: (name: string) => string) {
  const at = text.length === 0 ? 0 : ('at' in change ? change.at : 0) % (text.length + 1)
  switch (change.kind) {
    case 'insert':
      return text.slice(0, at) + change.text + text.slice(at)
    case 'body-insert': {
      const body = text.indexOf('\n---\n', 4) + 5
      const where = body < 5 ? at : body + (change.at % (text.length - body + 1))
      return text.slice(0, where) + change.text + text.slice(where)
    }
    case 'delete':
      return text.slice(0, at) + text.slice(at + change.length)
    case 'repeat':
      return (
        text.slice(0, at) + text.slice(at, at + change.length).repeat(change.times) + text.slice(at)
      )
    case 'swap-line': {
      const lines = text.split('\n')
      const donor = original(change.from).split('\n')
      lines[change.line % lines.length] = donor[change.fromLine % donor.length] ?? ''
      return lines.join('\n')
    }
  }
}

/** Text a person should never read in a message: a stack trace or a JavaScript error. */
const INTERNAL =
  /\n\s+at |Maximum call stack|Cannot read propert|is not a function|is not iterable|undefined is not|\[object Object\]|TypeError|RangeError/

const fork = temporaryFolder()
makeFork(fork)
const pristine = new Map(TARGETS.map((name) => [name, readFileSync(path.join(fork, name), 'utf8')]))
const originalOf = (name: string) => pristine.get(name as (typeof TARGETS)[number]) ?? ''

const { questionnaire } = await compileCatalog(fork, library).then((result) => {
  if (!result.catalog)
    throw new Error(
      `the fuzz fork must compile:\n${result.files.flatMap((file) => file.messages).join('\n')}`,
    )
  return result.catalog
})
const answerSets: Answers[] = ['england-act-london.yaml', 'scotland.yaml'].map((name) => {
  const { answers, file } = parseAnswers(
    readFileSync(path.join(examplesFolder, name)),
    questionnaire,
  )
  if (!answers) throw new Error(String(file.messages))
  return answers
})

const counts = {
  forks: 0,
  compiled: 0,
  refused: 0,
  rendered: 0,
  renderRefused: 0,
  bodyBlockRefused: 0,
  slowestMs: 0,
}
/** The generator's refusal of a block a clause body may not hold (T6's known limit). */
const BODY_BLOCK = /^A clause body may hold paragraphs, `##` sub-headings, lists and tables, not a /
const rules = new Map<string, number>()

it(`should give a clear message with a place, or a catalog that renders, for ${runs} fuzzed forks (seed ${seed})`, async () => {
  console.log(`fuzz-templates: seed ${seed}, ${runs} runs`)
  await fc.assert(
    fc.asyncProperty(forkCase, async ({ target, mutations }) => {
      for (const [name, text] of pristine) writeFileSync(path.join(fork, name), text)
      const mutated = mutations.reduce(
        (text, change) => applyMutation(text, change, originalOf),
        originalOf(target),
      )
      writeFileSync(path.join(fork, target), mutated)
      counts.forks += 1
      const started = performance.now()
      const { catalog, files } = await compileCatalog(fork, library)
      const fatal = files.flatMap((file) => file.messages.filter((message) => message.fatal))
      if (catalog === undefined) {
        counts.refused += 1
        expect(fatal.length, 'a refused fork has a fatal message').toBeGreaterThan(0)
        for (const message of fatal) {
          rules.set(String(message.ruleId), (rules.get(String(message.ruleId)) ?? 0) + 1)
          expect(message.file?.startsWith(fork), message.reason).toBe(true)
          expect(message.reason, 'no internal error text').not.toMatch(INTERNAL)
          expect(message.reason.trim().length).toBeGreaterThan(0)
        }
        expect(
          fatal.some((message) => message.line !== undefined),
          `at least one message has a line: ${fatal.map(String).join('\n')}`,
        ).toBe(true)
      } else {
        counts.compiled += 1
        expect(fatal).toEqual([])
        const loaded = catalogFromSource(catalog)
        for (const answers of answerSets) {
          try {
            generatePack(answers, { catalog: loaded, copy: 'drafter' })
            counts.rendered += 1
          } catch (error) {
            if (error instanceof Error && BODY_BLOCK.test(error.message)) {
              counts.bodyBlockRefused += 1
              continue
            }
            if (!(error instanceof GenerationError)) throw error
            counts.renderRefused += 1
            expect(error.message).not.toMatch(INTERNAL)
          }
        }
      }
      const took = performance.now() - started
      counts.slowestMs = Math.max(counts.slowestMs, Math.round(took))
      expect(took, 'bounded time').toBeLessThan(PER_FORK_MS)
    }),
    { numRuns: runs, seed, ...(replayPath !== undefined && { path: replayPath }) },
  )
  const top = [...rules].sort((a, b) => b[1] - a[1]).slice(0, 12)
  console.log(
    `fuzz-templates: ${JSON.stringify(counts)}; rules ${top.map(([rule, count]) => `${rule} ${count}`).join(', ')}`,
  )
  // Note: both outcomes must occur, or the property was checked on one side only.
  expect(counts.compiled).toBeGreaterThan(0)
  expect(counts.refused).toBeGreaterThan(0)
}, 600_000)
