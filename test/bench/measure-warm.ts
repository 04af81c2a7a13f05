import { PerformanceObserver } from 'node:perf_hooks'
import { catalog } from '@betterforus/clauses'
import { generatePack, toDocx, toMarkdownDocument } from '@betterforus/generator'
import type { ParsedExample } from './examples.js'
import { rssMiB, vmHwmMiB } from './process-stats.js'

/** One document of one measured iteration. `generateMs` is its even share of `generatePack`. */
export interface DocumentSample {
  example: string
  document: string
  generateMs: number
  markdownMs: number
  docxMs: number
  totalMs: number
}

/** One measured iteration: one whole pack of one example. */
export interface PackSample {
  example: string
  documents: number
  generateMs: number
  totalMs: number
}

export interface WarmResult {
  warmup: number
  iterations: number
  documents: DocumentSample[]
  packs: PackSample[]
  /** Wall time of the measured loop. */
  wallMs: number
  /** User + system CPU time of the process during the measured loop (the collector's threads too). */
  cpuMs: number
  /** RSS sampled after every measured iteration, in MiB. */
  rssMiB: { beforeLoop: number; peak: number; last: number }
  /** `VmHWM` after the loop: peak RSS of the whole process so far, in MiB. */
  vmHwmMiB: number | undefined
  /** Garbage collections during the measured loop (pauses on the main thread). */
  gc: { count: number; totalMs: number }
  /** The drafter Markdown of every document of every example, as the generator wrote it. */
  markdown: Array<{ example: string; document: string; text: string }>
}

interface IterationResult {
  pack: PackSample
  documents: DocumentSample[]
  markdown: Array<{ document: string; text: string }>
}

/**
 * Render one whole pack, timed: `generatePack` once, then `toMarkdownDocument` and `toDocx` for
 * each document. The pack's `generatePack` time is shared evenly among its documents.
 */
export async function renderPack(example: ParsedExample): Promise<IterationResult> {
  const start = performance.now()
  const pack = generatePack(example.answers, { catalog, copy: 'drafter' })
  const generated = performance.now()
  const share = (generated - start) / pack.documents.length
  const documents: DocumentSample[] = []
  const markdown: IterationResult['markdown'] = []
  for (const tree of pack.documents) {
    const before = performance.now()
    const text = toMarkdownDocument(tree)
    const between = performance.now()
    const bytes = await toDocx(tree)
    const after = performance.now()
    if (bytes.length === 0) throw new Error(`toDocx returned no bytes for ${tree.data.id}`)
    documents.push({
      example: example.name,
      document: tree.data.id,
      generateMs: share,
      markdownMs: between - before,
      docxMs: after - between,
      totalMs: share + (after - before),
    })
    markdown.push({ document: tree.data.id, text })
  }
  const totalMs = performance.now() - start
  return {
    pack: {
      example: example.name,
      documents: pack.documents.length,
      generateMs: generated - start,
      totalMs,
    },
    documents,
    markdown,
  }
}

/** Render `count` packs, taking the examples in turn (iteration i renders example i mod n). */
export async function renderPacks(examples: readonly ParsedExample[], count: number) {
  for (let index = 0; index < count; index++) {
    await renderPack(examples[index % examples.length] as ParsedExample)
  }
}

/**
 * The warm, in-process measure. One iteration renders one whole pack (Markdown and DOCX of every
 * document), taking the examples in turn; the warm-up iterations are not recorded. Every
 * document of every measured pack is one sample, so 200 iterations of two-document packs give 400
 * document samples.
 */
export async function measureWarm(
  examples: readonly ParsedExample[],
  options: { warmup: number; iterations: number },
): Promise<WarmResult> {
  if (options.warmup < examples.length) {
    throw new RangeError(`Warm up at least once per example (${examples.length} iterations)`)
  }
  const markdown = new Map<string, { example: string; document: string; text: string }>()
  for (let index = 0; index < options.warmup; index++) {
    const example = examples[index % examples.length] as ParsedExample
    const result = await renderPack(example)
    for (const { document, text } of result.markdown) {
      markdown.set(`${example.name}/${document}`, { example: example.name, document, text })
    }
  }
  globalThis.gc?.()
  const gc = { count: 0, totalMs: 0 }
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.count++
      gc.totalMs += entry.duration
    }
  })
  observer.observe({ entryTypes: ['gc'] })

  const documents: DocumentSample[] = []
  const packs: PackSample[] = []
  const beforeLoop = rssMiB()
  let peak = beforeLoop
  let last = beforeLoop
  const cpuStart = process.cpuUsage()
  const wallStart = performance.now()
  for (let index = 0; index < options.iterations; index++) {
    const result = await renderPack(examples[index % examples.length] as ParsedExample)
    packs.push(result.pack)
    documents.push(...result.documents)
    last = rssMiB()
    if (last > peak) peak = last
  }
  const wallMs = performance.now() - wallStart
  const cpu = process.cpuUsage(cpuStart)
  // The loop never reaches the timers phase (toDocx settles on microtasks), and the observer
  // delivers GC entries only once it does.
  await new Promise((resolve) => setTimeout(resolve, 20))
  observer.disconnect()

  return {
    warmup: options.warmup,
    iterations: options.iterations,
    documents,
    packs,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssMiB: { beforeLoop, peak, last },
    vmHwmMiB: vmHwmMiB(),
    gc,
    markdown: [...markdown.values()],
  }
}
