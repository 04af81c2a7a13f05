import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { CatalogSource } from '@betterforus/clauses/compiler'
import { formatMessages } from '../format-messages.js'
import type { PackOptions } from '../pack-options.js'
import { collectAnswersFiles } from './collect-answers-files.js'
import { defaultJobs } from './job-limits.js'
import { packFolderNames } from './pack-folder-names.js'
import { createProgressLine } from './progress-line.js'
import type { GenerateOutcome, GenerateTask, GenerateWorkerData } from './worker-messages.js'
import { runWorkerPool } from './worker-pool.js'

/**
 * Note: without limits each worker's heap grew to whatever V8 allows (a few GiB here) before it
 * collected: 27 packs on one worker peaked at 198 MiB RSS, on two at 314 MiB. A worker holds about
 * 22 MiB live (heap snapshot after 27 packs), so these leave room to spare and cut the peaks to
 * 115 and 168 MiB. With the string DOCX writer, 200 packs on one worker peak at 115 MiB with
 * 40/4 MiB (64/8 MiB gave the same speed); 32 MiB old space made the collector run all the time.
 */
const workerHeapLimits = { maxOldGenerationSizeMb: 40, maxYoungGenerationSizeMb: 4 }
/**
 * Note: a legal answers file near the 1 MB cap (a megabyte of blank or comment lines) needs about
 * 240 MiB RSS to parse, and ran its worker out of the heap above (C7). Such a file gets a second
 * try, one at a time, on a worker with this larger but still bounded heap, so the batch gives
 * what generating it alone gives.
 */
const retryHeapLimits = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 16 }

export interface BatchOptions {
  out: string
  list?: string
  templates?: string
  layer?: string
  jobs?: number
  /** Forced on or off; by default on when stderr is a terminal. */
  progress?: boolean
}

/**
 * `betterforus generate` on many answers files: each pack goes to `<out>/<file name>/`, built on
 * worker threads. A file that fails is reported and gets no folder; the others go on.
 *
 * @returns The exit code: 0, 1 when any file failed, 2 for a wrong argument (nothing written).
 */
export async function generateBatch(
  inputs: readonly string[],
  options: BatchOptions,
  packOptions: PackOptions,
): Promise<number> {
  const collected = await collectAnswersFiles(inputs, options.list)
  if ('problem' in collected) return usageError(collected.problem)
  const answersFiles = collected.files
  const folders = packFolderNames(answersFiles)
  if ('problem' in folders) return usageError(folders.problem)
  const folderNames = folders.names
  if ((await stat(options.out).catch(() => undefined))?.isDirectory() === false) {
    return usageError(
      `--out: ${options.out} is a file, not a folder; name a new folder, or one that holds the packs`,
    )
  }
  // Note: a fork is compiled once here, so its errors are reported once, before any work.
  let source: CatalogSource | undefined
  let layer: GenerateWorkerData['layer']
  if (options.templates !== undefined || options.layer !== undefined) {
    const { loadCatalogOption } = await import('../load-catalog-option.js')
    const loaded = await loadCatalogOption(options.templates)
    if (!loaded.catalog) {
      console.error(formatMessages(loaded.files))
      return 1
    }
    source = loaded.source
    const { loadLayerOption } = await import('../load-layer-option.js')
    const applied = await loadLayerOption(options.layer, loaded.root, loaded.catalog)
    if (applied) {
      source = applied.source
      layer = {
        info: applied.info,
        houseStyle: applied.houseStyle,
        defaults: applied.layer.defaults && String(applied.layer.defaults.file.value),
      }
    }
  }

  const total = answersFiles.length
  const showProgress = options.progress ?? process.stderr.isTTY === true
  const progress = showProgress ? createProgressLine(process.stderr, total) : undefined
  const counts = { written: 0, failed: 0 }
  let usage: string | undefined
  const report = (line: string, stream: 'stdout' | 'stderr') => {
    progress?.clear()
    if (stream === 'stdout') console.log(line)
    else console.error(line)
  }
  const settle = (task: GenerateTask, outcome: GenerateOutcome) => {
    if (outcome.kind === 'written') {
      counts.written++
      report(task.folder, 'stdout')
    } else if (outcome.kind === 'usage') {
      usage ??= outcome.report
    } else {
      counts.failed++
      // Note: answers problems name the file on every line already; the others do not.
      report(
        outcome.kind === 'invalid'
          ? outcome.report
          : `${task.answersPath}: error: ${outcome.report}`,
        'stderr',
      )
    }
    progress?.update(counts.written + counts.failed, counts.failed)
  }
  function* tasks(): Generator<GenerateTask> {
    for (const [index, answersPath] of answersFiles.entries()) {
      if (usage !== undefined) return
      yield { answersPath, folder: path.join(options.out, folderNames[index] as string) }
    }
  }

  const workerData: GenerateWorkerData = { options: packOptions, source, ...(layer && { layer }) }
  const script = new URL('./generate-worker.js', import.meta.url)
  const heavy: GenerateTask[] = []
  await runWorkerPool<GenerateTask, GenerateOutcome>({
    script,
    workerData,
    resourceLimits: workerHeapLimits,
    size: Math.min(options.jobs ?? defaultJobs(), total),
    tasks: tasks(),
    onOutcome: settle,
    onCrash: (task, error) =>
      isOutOfMemory(error)
        ? heavy.push(task)
        : settle(task, { kind: 'crashed', report: error.message }),
  })
  await runWorkerPool<GenerateTask, GenerateOutcome>({
    script,
    workerData,
    resourceLimits: retryHeapLimits,
    size: 1,
    tasks: heavy.values(),
    onOutcome: settle,
    onCrash: (task, error) =>
      settle(task, {
        kind: 'crashed',
        report: isOutOfMemory(error)
          ? `generating this file needs more than the ${retryHeapLimits.maxOldGenerationSizeMb} MiB of memory a batch allows one file; make the answers file smaller (blank lines and comments count)`
          : error.message,
      }),
  })
  progress?.finish()
  if (usage !== undefined) return usageError(usage)
  const packs = counts.written === 1 ? 'pack' : 'packs'
  console.error(`${counts.written} ${packs} written, ${counts.failed} failed`)
  return counts.failed > 0 ? 1 : 0
}

/** A worker stopped by its heap limit. */
function isOutOfMemory(error: Error): boolean {
  return (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
}

function usageError(problem: string): number {
  console.error(problem)
  return 2
}
