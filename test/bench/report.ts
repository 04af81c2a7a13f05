import type { BatchResult } from './measure-batch.js'
import type { ColdResult } from './measure-cold.js'
import type { PandocWarmResult } from './measure-pandoc.js'
import type { WarmResult } from './measure-warm.js'
import { type Summary, summarize } from './percentile.js'
import type { ProfileResult } from './profile.js'

export interface Environment {
  date: string
  cpus: number
  cpuModel: string
  node: string
  pandoc: string | undefined
  loadAverage: { start: number[]; end: number[] }
  generatorEntry: string
  git: { commit: string; dirty: boolean } | undefined
  settings: Record<string, number>
}

export interface Target {
  name: string
  ours: number
  theirs: number
  ratio: number
  limit: number
  pass: boolean
  line: string
}

export interface BenchResults {
  environment: Environment
  warm: WarmResult
  pandocWarm: PandocWarmResult | undefined
  cold: ColdResult
  profile: ProfileResult | undefined
  coldProfile: ProfileResult | undefined
  batch: BatchResult | undefined
  durationSeconds: number
}

/** Issue 14's targets (DOCX through docx): warm and cold ratios against pandoc. */
const WARM_TARGET = 0.25
const COLD_TARGET = 2.5
/** The batch targets: documents/s against pandoc two at a time (issue 14), and peak RSS. */
const BATCH_SPEED_TARGET = 2
const BATCH_RSS_TARGET_MIB = 150
const BATCH_RSS_TARGET_FILES = 1000

const ms = (value: number) => `${value.toFixed(1)} ms`
const s = (value: number) => `${(value / 1000).toFixed(2)} s`
const mib = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(0)} MiB`)
const ratio = (value: number) => `${value.toFixed(2)}×`
const pad = (text: string, width: number) => text.padEnd(width)
const spread = (summary: Summary, unit = ms) =>
  `p50 ${unit(summary.p50)}, p95 ${unit(summary.p95)} (min ${unit(summary.min)}, max ${unit(summary.max)}, n ${summary.n})`

const met = (pass: boolean) => (pass ? 'MET' : 'MISS')

/** The warm figures derived from the samples. */
export function warmFigures(warm: WarmResult) {
  const documents = warm.documents
  return {
    perDocument: summarize(documents.map((sample) => sample.totalMs)),
    generate: summarize(documents.map((sample) => sample.generateMs)),
    markdown: summarize(documents.map((sample) => sample.markdownMs)),
    docx: summarize(documents.map((sample) => sample.docxMs)),
    perPack: summarize(warm.packs.map((sample) => sample.totalMs)),
    documentsPerSecond: documents.length / (warm.wallMs / 1000),
  }
}

/** The issue's two targets, each as a ratio against pandoc timed in the same run. */
export function targets(results: BenchResults): Target[] {
  const found: Target[] = []
  const { pandocWarm, cold } = results
  const warm = warmFigures(results.warm)
  if (pandocWarm) {
    const value = warm.perDocument.p50 / pandocWarm.pooled.p50
    found.push({
      name: 'warm per document',
      ours: warm.perDocument.p50,
      theirs: pandocWarm.pooled.p50,
      ratio: value,
      limit: WARM_TARGET,
      pass: value <= WARM_TARGET,
      line: `warm per document: ${ms(warm.perDocument.p50)} p50 (p95 ${ms(warm.perDocument.p95)}) vs pandoc ${ms(pandocWarm.pooled.p50)} → ${ratio(value)} (target ≤ ${WARM_TARGET}×) ${met(value <= WARM_TARGET)}`,
    })
  }
  if (cold.pandoc) {
    // Note: like for like, the CLI writes the one document pandoc converts (`--document`, DOCX).
    const value = cold.cliOneDocument.p50 / cold.pandoc.p50
    found.push({
      name: 'cold CLI generate',
      ours: cold.cliOneDocument.p50,
      theirs: cold.pandoc.p50,
      ratio: value,
      limit: COLD_TARGET,
      pass: value <= COLD_TARGET,
      line: `cold CLI generate, one document (--document ${cold.pandocDocument.id}, docx): ${s(cold.cliOneDocument.p50)} vs cold pandoc, the same document: ${s(cold.pandoc.p50)} → ${ratio(value)} (target ≤ ${COLD_TARGET}×) ${met(value <= COLD_TARGET)}`,
    })
  }
  found.push(...batchTargets(results.batch))
  return found
}

function batchTargets(batch: BatchResult | undefined): Target[] {
  const run = batch?.runs.find((entry) => entry.jobs === undefined)
  if (!batch || !run) return []
  const found: Target[] = []
  if (batch.pandoc) {
    const theirs = batch.pandoc.twoAtATime.documentsPerSecond
    const value = run.documentsPerSecond / theirs
    const pass = value >= BATCH_SPEED_TARGET
    found.push({
      name: 'batch documents/s',
      ours: run.documentsPerSecond,
      theirs,
      ratio: value,
      limit: BATCH_SPEED_TARGET,
      pass,
      line: `batch throughput (${batch.files} files, default jobs, DOCX): ${run.documentsPerSecond.toFixed(1)} documents/s vs pandoc two at a time ${theirs.toFixed(1)} → ${ratio(value)} (target ≥ ${BATCH_SPEED_TARGET}×) ${met(pass)}`,
    })
  }
  if (run.peakRssMiB !== undefined) {
    const pass = run.peakRssMiB <= BATCH_RSS_TARGET_MIB
    const scale =
      batch.files === BATCH_RSS_TARGET_FILES
        ? ''
        : ` (the target is for ${BATCH_RSS_TARGET_FILES} files; measured with ${batch.files})`
    found.push({
      name: 'batch peak RSS',
      ours: run.peakRssMiB,
      theirs: BATCH_RSS_TARGET_MIB,
      ratio: run.peakRssMiB / BATCH_RSS_TARGET_MIB,
      limit: 1,
      pass,
      line: `batch peak RSS, whole process (default jobs): ${mib(run.peakRssMiB)} (target ≤ ${BATCH_RSS_TARGET_MIB} MiB)${scale} ${met(pass)}`,
    })
  }
  return found
}

/** The batch section of the report. */
function formatBatch(batch: BatchResult, out: (line?: string) => void): void {
  out(
    `BATCH: ${batch.files} answers files (the examples in turn, each with its own reference, title and document date) through the built CLI, one \`generate <folder> --format docx\` run each, ${batch.cores} cores; this measure took ${batch.durationSeconds.toFixed(0)} s of the run`,
  )
  for (const run of batch.runs) {
    const jobs =
      run.jobs === undefined
        ? `default jobs (${Math.min(Math.max(1, batch.cores - 1), batch.files)} worker(s): one per core but one)`
        : `--jobs ${run.jobs}`
    out(
      `  ${jobs}: ${run.documents} documents in ${s(run.wallMs)} → ${run.documentsPerSecond.toFixed(1)} documents/s; peak RSS ${mib(run.peakRssMiB)} (whole process, worker threads included)`,
    )
  }
  const pandoc = batch.pandoc
  if (!pandoc) {
    out('  pandoc not installed: no ratios')
    return
  }
  const documents = batch.runs[0]?.documents ?? 0
  const estimate = (perSecond: number) =>
    pandoc.extrapolated
      ? `; ${documents} documents would take about ${s((1000 * documents) / perSecond)}`
      : ''
  out(
    `  pandoc -f gfm -t docx, one process per document, on the drafter Markdown of ${pandoc.documents} documents${pandoc.extrapolated ? ` (a sample: those of the first ${pandoc.sampleFiles} answers files, extrapolated, since a full run would take too long)` : ' (the whole batch)'}:`,
  )
  out(
    `    one at a time: ${pandoc.oneAtATime.documentsPerSecond.toFixed(1)} documents/s (${s(pandoc.oneAtATime.wallMs)})${estimate(pandoc.oneAtATime.documentsPerSecond)}`,
  )
  out(
    `    two at a time (the fair peer on two cores): ${pandoc.twoAtATime.documentsPerSecond.toFixed(1)} documents/s (${s(pandoc.twoAtATime.wallMs)})${estimate(pandoc.twoAtATime.documentsPerSecond)}`,
  )
  const ratios = batch.runs
    .map(
      (run) =>
        `${run.jobs === undefined ? 'default jobs' : `--jobs ${run.jobs}`} ${ratio(run.documentsPerSecond / pandoc.twoAtATime.documentsPerSecond)} pandoc two at a time, ${ratio(run.documentsPerSecond / pandoc.oneAtATime.documentsPerSecond)} one at a time`,
    )
    .join('; ')
  out(`  ratios, documents/s: ${ratios}`)
}

/** The report printed at the end of the run. */
export function formatReport(results: BenchResults): string {
  const { environment: env, warm, pandocWarm, cold, profile } = results
  const figures = warmFigures(warm)
  const lines: string[] = []
  const out = (line = '') => lines.push(line)

  out(`BetterForUs benchmark, ${env.date}`)
  out(
    `machine: ${env.cpus} cores (${env.cpuModel}), Node ${env.node}, ${env.pandoc ?? 'pandoc not installed'}`,
  )
  out(
    `load average (1/5/15 min): ${env.loadAverage.start.map((v) => v.toFixed(2)).join(' ')} at start, ${env.loadAverage.end.map((v) => v.toFixed(2)).join(' ')} at end`,
  )
  const busiest = Math.max(...env.loadAverage.start.slice(0, 1), ...env.loadAverage.end.slice(0, 1))
  if (busiest > env.cpus || warm.cpuMs / warm.wallMs < 0.9) {
    out(
      `WARNING: the machine was busy (1-min load up to ${busiest.toFixed(1)} on ${env.cpus} cores; warm loop got ${(warm.cpuMs / warm.wallMs).toFixed(2)} CPU-s per wall-s, 1.3–1.4 when idle): absolute times are inflated; ratios against pandoc, timed in the same run, less so`,
    )
  }
  out(
    `generator: ${env.generatorEntry}${env.git ? ` (git ${env.git.commit.slice(0, 7)}${env.git.dirty ? ', working tree has changes' : ''})` : ''}`,
  )
  out()

  out(
    `WARM, in-process: ${warm.warmup} warm-up + ${warm.iterations} measured iterations; one iteration = one whole pack (generatePack once, then toMarkdownDocument + toDocx per document), examples in turn; generatePack time shared evenly among the pack's documents; ${warm.documents.length} document samples`,
  )
  out(`  per document, generatePack share + Markdown + DOCX: ${spread(figures.perDocument)}`)
  const share = (summary: Summary) =>
    `${ms(summary.p50)} (${((100 * summary.p50) / figures.perDocument.p50).toFixed(0)}%)`
  out(
    `  split, p50 per document: generatePack share ${share(figures.generate)} | Markdown ${share(figures.markdown)} | DOCX ${share(figures.docx)}`,
  )
  out(`  per pack: ${spread(figures.perPack)}`)
  out(
    `  throughput: ${figures.documentsPerSecond.toFixed(1)} documents/s (${warm.documents.length} documents in ${s(warm.wallMs)} wall; CPU ${s(warm.cpuMs)} = ${(warm.cpuMs / warm.wallMs).toFixed(2)}× wall)`,
  )
  out(
    `  garbage collection: ${warm.gc.count} pauses, ${s(warm.gc.totalMs)} = ${((100 * warm.gc.totalMs) / warm.wallMs).toFixed(0)}% of wall`,
  )
  out(
    `  peak RSS: ${mib(warm.rssMiB.peak)} sampled after each iteration (${mib(warm.rssMiB.beforeLoop)} before the loop); VmHWM ${mib(warm.vmHwmMiB)}`,
  )
  out()

  const pandocFor = (example: string, document: string) =>
    pandocWarm?.documents.find((entry) => entry.example === example && entry.document === document)
  out(
    `  ${pad('example / document', 52)}${pad('md bytes', 10)}${pad('ours p50', 10)}${pad('p95', 10)}${pad('pandoc p50', 12)}ratio`,
  )
  const keys = [...new Set(warm.documents.map((sample) => `${sample.example}/${sample.document}`))]
  for (const key of keys) {
    const samples = warm.documents.filter(
      (sample) => `${sample.example}/${sample.document}` === key,
    )
    const first = samples[0]
    if (!first) continue
    const summary = summarize(samples.map((sample) => sample.totalMs))
    const theirs = pandocFor(first.example, first.document)
    out(
      `  ${pad(key, 52)}${pad(String(theirs?.markdownBytes ?? ''), 10)}${pad(ms(summary.p50), 10)}${pad(ms(summary.p95), 10)}${pad(theirs ? ms(theirs.summary.p50) : 'n/a', 12)}${theirs ? ratio(summary.p50 / theirs.summary.p50) : 'n/a'}`,
    )
  }
  out()

  if (pandocWarm) {
    out(
      `PANDOC, warm: pandoc -f gfm -t docx, one process per conversion (2.17 converts one file per process; the peers' 50-documents-in-one-process method is not available without a script), ${pandocWarm.warmup} untimed rounds then ${pandocWarm.runs} timed rounds over the same ${pandocWarm.documents.length} drafter Markdown files, front matter stripped`,
    )
    out(`  per document, pooled: ${spread(pandocWarm.pooled)}`)
    out(`  empty document (start-up floor): ${spread(pandocWarm.empty)}`)
    out(`  peak RSS, largest document: ${mib(pandocWarm.peakRssMiB)}`)
    const net = pandocWarm.pooled.p50 - pandocWarm.empty.p50
    out(
      `  info: net of pandoc's start-up (${ms(pandocWarm.pooled.p50)} − ${ms(pandocWarm.empty.p50)} = ${ms(net)}), ours is ${ratio(figures.perDocument.p50 / net)}; the peers' in-process pandoc figure is the nearer match to this`,
    )
  } else {
    out('PANDOC: not installed; pandoc timings and ratios skipped')
  }
  out()

  out(
    `COLD: one fresh process per run, no warm-up, ${cold.runs} rounds, each round running in turn CLI md+docx, pandoc, CLI docx, node -e 0, import-only (page cache warm after the first run; it cannot be dropped without root)`,
  )
  out(
    `  CLI generate ${cold.example} --format md,docx (writes ${cold.packDocuments} documents + manifest): ${spread(cold.cliMdDocx, s)}; first run ${s(cold.first.cliMdDocx)}; peak RSS ${mib(cold.peakRssMiB.cliMdDocx)}`,
  )
  out(`  CLI generate --format docx: ${spread(cold.cliDocx, s)}`)
  out(
    `  CLI generate --format docx --document ${cold.pandocDocument.id}: ${spread(cold.cliOneDocument, s)}`,
  )
  out(`  node -e 0: ${spread(cold.nodeBoot, s)}`)
  out(`  node that only imports the CLI's modules: ${spread(cold.importChain, s)}`)
  const steps = Object.entries(cold.importSteps)
    .map(
      ([name, summary]) =>
        `${name === 'boot' ? 'to first line of script' : name} ${s(summary.p50)}`,
    )
    .join(', ')
  out(`    inside it, medians: ${steps}`)
  out(
    `  where the CLI's time goes (medians): node start-up ${s(cold.nodeBoot.p50)}, module loading ${s(cold.importChain.p50 - cold.nodeBoot.p50)}, then reading the catalog, parsing, generating (first, unoptimised run) and writing ${s(cold.cliMdDocx.p50 - cold.importChain.p50)}`,
  )
  if (cold.pandoc) {
    out(
      `  pandoc, one document (${cold.pandocDocument.id}, ${cold.pandocDocument.markdownBytes} bytes of Markdown): ${spread(cold.pandoc, s)}; first run ${s(cold.first.pandoc ?? Number.NaN)}; peak RSS ${mib(cold.peakRssMiB.pandoc)}`,
    )
    const perDocument = cold.cliMdDocx.p50 / cold.packDocuments
    out(
      `  ratios: raw (one CLI run, ${cold.packDocuments} documents, md+docx / one pandoc document) ${ratio(cold.cliMdDocx.p50 / cold.pandoc.p50)}; raw, --format docx ${ratio(cold.cliDocx.p50 / cold.pandoc.p50)}; per document (CLI md+docx ÷ ${cold.packDocuments} / one pandoc document) ${ratio(perDocument / cold.pandoc.p50)}`,
    )
  }
  out()

  const printProfile = (title: string, result: ProfileResult) => {
    out(title)
    out(`  written to ${result.file}`)
    out('  top self time, by function:')
    for (const entry of result.functions) {
      out(
        `    ${pad(`${entry.percent.toFixed(1)}%`, 7)}${pad(ms(entry.selfMs), 11)}${pad(entry.functionName, 34)}${entry.location}`,
      )
    }
    out('  self time, by package:')
    for (const entry of result.packages.slice(0, 12)) {
      out(`    ${pad(`${entry.percent.toFixed(1)}%`, 7)}${pad(ms(entry.selfMs), 11)}${entry.name}`)
    }
    out()
  }
  if (profile) {
    printProfile(
      `PROFILE, warm: ${profile.iterations} iterations under the V8 sampling profiler (after the measured loop, so the figures above carry no profiler overhead), ${s(profile.totalMs)} sampled`,
      profile,
    )
  }
  if (results.coldProfile) {
    printProfile(
      `PROFILE, cold: one CLI generate --format md,docx under node --cpu-prof, ${s(results.coldProfile.totalMs)} sampled`,
      results.coldProfile,
    )
  }

  if (results.batch) {
    formatBatch(results.batch, out)
    out()
  }

  out('TARGETS (2-core machine, same content, ratios against pandoc on this run)')
  const found = targets(results)
  if (found.length === 0) out('  pandoc not installed: no ratios')
  for (const target of found) out(`  ${target.line}`)
  if (cold.pandoc) {
    const perDocument = cold.cliMdDocx.p50 / cold.packDocuments / cold.pandoc.p50
    out(
      `  info: cold CLI per document (${s(cold.cliMdDocx.p50)} ÷ ${cold.packDocuments}) vs cold pandoc one document → ${ratio(perDocument)} (target ≤ ${COLD_TARGET}×) ${perDocument <= COLD_TARGET ? 'would pass' : 'would miss'}`,
    )
  }
  out(`run took ${results.durationSeconds.toFixed(0)} s`)
  return lines.join('\n')
}
