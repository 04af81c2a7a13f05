/**
 * `npm run bench`: the benchmark against pandoc (a benchmark, not a test: it exits 0 whether the
 * targets pass or miss). Order: cold processes first (so the first pandoc and CLI runs are the
 * first of the run), then the warm in-process loop, the optional profile, then pandoc warm on the
 * Markdown the warm loop wrote. Settings: BENCH_WARMUP, BENCH_ITERATIONS, BENCH_PANDOC_WARMUP,
 * BENCH_PANDOC_RUNS, BENCH_COLD_RUNS, BENCH_PROFILE=1, BENCH_PROFILE_ITERATIONS. The batch measure
 * runs last (it is the longest, so it disturbs none of the others): BENCH_BATCH_FILES answers
 * files (1,000; 0 skips it), pandoc on the documents of the first BENCH_BATCH_PANDOC_FILES (10).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { repositoryRoot } from '../support/paths.js'
import { cliPath } from '../support/run-cli.js'
import { parseExamples } from './examples.js'
import { measureBatch } from './measure-batch.js'
import { measureCold } from './measure-cold.js'
import { measurePandocWarm } from './measure-pandoc.js'
import { measureWarm, renderPacks } from './measure-warm.js'
import { profile, profileCommand } from './profile.js'
import { type BenchResults, formatReport, targets, warmFigures } from './report.js'
import { commandVersion } from './spawn-timed.js'

const started = performance.now()
const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number`)
  return value
}
const settings = {
  warmup: setting('BENCH_WARMUP', 30),
  iterations: setting('BENCH_ITERATIONS', 200),
  pandocWarmup: setting('BENCH_PANDOC_WARMUP', 3),
  pandocRuns: setting('BENCH_PANDOC_RUNS', 5),
  coldRuns: setting('BENCH_COLD_RUNS', 5),
  profileIterations: setting('BENCH_PROFILE_ITERATIONS', 50),
  batchFiles: setting('BENCH_BATCH_FILES', 1000),
  batchPandocFiles: setting('BENCH_BATCH_PANDOC_FILES', 10),
}
const profiling = process.env.BENCH_PROFILE === '1'
const artifacts = path.join(repositoryRoot, 'test', 'artifacts')
mkdirSync(artifacts, { recursive: true })

function git() {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: repositoryRoot, encoding: 'utf8' })
  if (head.status !== 0) return undefined
  const status = spawnSync('git', ['status', '--porcelain', '--', 'packages', 'templates'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
  })
  return { commit: head.stdout.trim(), dirty: status.stdout.trim() !== '' }
}

const progress = (message: string) =>
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${message}`)

const pandoc = commandVersion('pandoc')
const loadStart = loadavg()
const examples = parseExamples()
// Note: pandoc runs one process per document, so 5 rounds over every document of every example
// (270 conversions) already give a stable median; the minimum is on our warm loop.
if (settings.iterations < 200 || settings.warmup < 30) {
  progress('note: settings below the issue minimum (30 warm-up, 200 iterations)')
}

progress(`cold: ${settings.coldRuns} rounds of CLI generate and pandoc`)
const firstExample = examples[0]
if (!firstExample) throw new Error('No example answers files')
const cold = measureCold(firstExample, { runs: settings.coldRuns, pandoc: pandoc !== undefined })

progress(`warm: ${settings.warmup} + ${settings.iterations} packs over ${examples.length} examples`)
const warm = await measureWarm(examples, settings)

let profileResult: BenchResults['profile']
if (profiling) {
  progress(`profile: ${settings.profileIterations} packs`)
  profileResult = await profile(() => renderPacks(examples, settings.profileIterations), {
    folder: artifacts,
    iterations: settings.profileIterations,
    top: 15,
    intervalMicroseconds: 200,
  })
}

let coldProfile: BenchResults['coldProfile']
if (profiling) {
  progress('profile: one cold CLI generate')
  const out = mkdtempSync(path.join(tmpdir(), 'bench-profile-'))
  coldProfile = profileCommand(
    [cliPath, 'generate', firstExample.file, '--out', out, '--format', 'md,docx'],
    { folder: artifacts, name: 'bench-cold-cli', top: 15, intervalMicroseconds: 200 },
  )
  rmSync(out, { recursive: true, force: true })
}

let pandocWarm: BenchResults['pandocWarm']
if (pandoc) {
  progress(
    `pandoc warm: ${settings.pandocWarmup} + ${settings.pandocRuns} rounds of ${warm.markdown.length} documents`,
  )
  pandocWarm = measurePandocWarm(warm.markdown, {
    warmup: settings.pandocWarmup,
    runs: settings.pandocRuns,
  })
}

let batch: BenchResults['batch']
if (settings.batchFiles > 0) {
  progress(
    `batch: ${settings.batchFiles} answers files, default jobs and --jobs 1; pandoc on the documents of ${settings.batchPandocFiles}`,
  )
  batch = await measureBatch(examples, {
    files: settings.batchFiles,
    pandocSampleFiles: Math.max(1, Math.min(settings.batchPandocFiles, settings.batchFiles)),
    pandoc: pandoc !== undefined,
  })
  progress(`batch took ${batch.durationSeconds.toFixed(0)} s`)
}

const results: BenchResults = {
  environment: {
    date: new Date().toISOString(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    pandoc,
    loadAverage: { start: loadStart, end: loadavg() },
    generatorEntry: fileURLToPath(import.meta.resolve('@betterforus/generator')),
    git: git(),
    settings,
  },
  warm,
  pandocWarm,
  cold,
  profile: profileResult,
  coldProfile,
  batch,
  durationSeconds: (performance.now() - started) / 1000,
}

console.log(formatReport(results))

const file = path.join(artifacts, 'bench.json')
const { markdown: _markdown, ...warmWithoutText } = warm
writeFileSync(
  file,
  `${JSON.stringify(
    {
      ...results,
      warm: { ...warmWithoutText, figures: warmFigures(warm) },
      targets: targets(results),
    },
    null,
    2,
  )}\n`,
)
console.log(`results: ${path.relative(process.cwd(), file)}`)
