import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { cliPath } from '../support/run-cli.js'
import { makeBatchAnswers } from './make-batch-answers.js'
import { stripFrontMatter } from './measure-pandoc.js'
import { runPandocPool } from './run-pandoc-pool.js'

export interface BatchRun {
  /** `--jobs`, or undefined for the default (one worker per core, at most one per file). */
  jobs: number | undefined
  wallMs: number
  documents: number
  documentsPerSecond: number
  /** Peak RSS of the whole CLI process, worker threads included (GNU time `%M`), MiB. */
  peakRssMiB: number | undefined
}

export interface PandocBatch {
  /** The answers files whose documents were converted: the first of the batch. */
  sampleFiles: number
  /** Documents converted; fewer than the batch's when `extrapolated`. */
  documents: number
  extrapolated: boolean
  oneAtATime: { wallMs: number; documentsPerSecond: number }
  twoAtATime: { wallMs: number; documentsPerSecond: number }
}

export interface BatchResult {
  files: number
  /** How long the whole batch measure took, pandoc included. */
  durationSeconds: number
  cores: number
  runs: BatchRun[]
  pandoc: PandocBatch | undefined
}

const gnuTime = '/usr/bin/time'

/** One batch `generate --format docx` of the whole folder, timed, with its peak RSS. */
function runBatch(answers: string, out: string, jobs: number | undefined): BatchRun {
  const args = [cliPath, 'generate', answers, '--out', out, '--format', 'docx', '--no-progress']
  if (jobs !== undefined) args.push('--jobs', String(jobs))
  const timeFile = `${out}.time`
  const timed = existsSync(gnuTime)
  const [command, commandArgs] = timed
    ? [gnuTime, ['-f', '%M', '-o', timeFile, process.execPath, ...args]]
    : [process.execPath, args]
  const start = performance.now()
  const run = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const wallMs = performance.now() - start
  if (run.status !== 0) throw new Error(`batch generate exited ${run.status}: ${run.stderr}`)
  const documents = readdirSync(out, { recursive: true }).filter((name) =>
    String(name).endsWith('.docx'),
  ).length
  const kib = timed ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) : Number.NaN
  return {
    jobs,
    wallMs,
    documents,
    documentsPerSecond: documents / (wallMs / 1000),
    peakRssMiB: Number.isFinite(kib) ? kib / 1024 : undefined,
  }
}

/**
 * pandoc on the same documents: the drafter Markdown of the first `sampleFiles` answers files
 * (front matter stripped) to DOCX, one process per document, one at a time and then two at a time.
 */
async function measurePandocBatch(
  files: readonly string[],
  folder: string,
  sampleFiles: number,
): Promise<PandocBatch> {
  const sample = files.slice(0, sampleFiles)
  const list = path.join(folder, 'pandoc-sample.txt')
  writeFileSync(list, sample.join('\n'))
  const markdown = path.join(folder, 'pandoc-md')
  const run = spawnSync(
    process.execPath,
    [cliPath, 'generate', '--list', list, '--out', markdown, '--format', 'md', '--no-progress'],
    { encoding: 'utf8' },
  )
  if (run.status !== 0)
    throw new Error(`batch generate --format md exited ${run.status}: ${run.stderr}`)
  const inputs = path.join(folder, 'pandoc-in')
  mkdirSync(inputs)
  const jobs = readdirSync(markdown, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.md'))
    .map((name, index) => {
      const input = path.join(inputs, `${index}.md`)
      writeFileSync(input, stripFrontMatter(readFileSync(path.join(markdown, name), 'utf8')))
      return { input, output: input.replace(/\.md$/, '.docx') }
    })
  const figures = (wallMs: number) => ({
    wallMs,
    documentsPerSecond: jobs.length / (wallMs / 1000),
  })
  return {
    sampleFiles: sample.length,
    documents: jobs.length,
    extrapolated: sample.length < files.length,
    oneAtATime: figures(await runPandocPool(jobs, 1)),
    twoAtATime: figures(await runPandocPool(jobs, 2)),
  }
}

/**
 * The batch measure: `files` answers files made from the examples, through the built CLI in one
 * batch run with the default jobs and with `--jobs 1`, against pandoc on a sample of the same
 * documents (its rate extrapolated to the whole batch).
 */
export async function measureBatch(
  examples: ReadonlyArray<{ file: string }>,
  options: { files: number; pandocSampleFiles: number; pandoc: boolean },
): Promise<BatchResult> {
  const started = performance.now()
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-batch-'))
  try {
    const answers = path.join(folder, 'answers')
    mkdirSync(answers)
    const files = makeBatchAnswers(examples, answers, options.files)
    const runs: BatchRun[] = []
    for (const jobs of [undefined, 1]) {
      const out = path.join(folder, `out-${jobs ?? 'default'}`)
      runs.push(runBatch(answers, out, jobs))
      // Note: 1,000 packs of DOCX are about 200 MB; free the disk before the next run.
      rmSync(out, { recursive: true, force: true })
    }
    const pandoc = options.pandoc
      ? await measurePandocBatch(files, folder, options.pandocSampleFiles)
      : undefined
    return {
      files: options.files,
      durationSeconds: (performance.now() - started) / 1000,
      cores: availableParallelism(),
      runs,
      pandoc,
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
