import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Summary, summarize } from './percentile.js'
import { peakRssOfRun, spawnTimed } from './spawn-timed.js'

/** The arguments of every pandoc conversion here: GitHub-flavoured Markdown to DOCX. */
export const pandocArgs = (input: string, output: string) => [
  '-f',
  'gfm',
  '-t',
  'docx',
  '-o',
  output,
  input,
]

/** Drop the YAML front matter (`---` … `---`) the generator writes at the top of its Markdown. */
export function stripFrontMatter(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n+/, '')
}

export interface PandocDocument {
  example: string
  document: string
  markdownBytes: number
  docxBytes: number
  summary: Summary
}

export interface PandocWarmResult {
  warmup: number
  runs: number
  documents: PandocDocument[]
  /** Every timed run of every document, pooled (each document weighted equally). */
  pooled: Summary
  /** pandoc converting an empty file: its start-up and DOCX-writing floor. */
  empty: Summary
  /** Peak RSS of one pandoc run on the largest document, MiB. */
  peakRssMiB: number | undefined
}

/**
 * pandoc, "warm": pandoc 2.17 converts one file per process, so each conversion is a fresh
 * process; "warm" means after `warmup` untimed rounds (page cache and binary warm). Documents are
 * taken in turn round after round, so drifting load on the machine falls on all of them alike.
 * An empty document is timed in every round too, as pandoc's start-up floor.
 */
export function measurePandocWarm(
  documents: ReadonlyArray<{ example: string; document: string; text: string }>,
  options: { warmup: number; runs: number },
): PandocWarmResult {
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-pandoc-'))
  try {
    const inputs = documents.map((entry, index) => {
      const input = path.join(folder, `${index}-${entry.example}.${entry.document}.md`)
      const markdown = stripFrontMatter(entry.text)
      writeFileSync(input, markdown)
      return {
        ...entry,
        input,
        output: input.replace(/\.md$/, '.docx'),
        markdownBytes: Buffer.byteLength(markdown),
        samples: [] as number[],
      }
    })
    const empty = { input: path.join(folder, 'empty.md'), output: path.join(folder, 'empty.docx') }
    writeFileSync(empty.input, '')
    const emptySamples: number[] = []
    for (let round = 0; round < options.warmup + options.runs; round++) {
      const timed = round >= options.warmup
      for (const entry of inputs) {
        const ms = spawnTimed('pandoc', pandocArgs(entry.input, entry.output))
        if (timed) entry.samples.push(ms)
      }
      const ms = spawnTimed('pandoc', pandocArgs(empty.input, empty.output))
      if (timed) emptySamples.push(ms)
    }
    const largest = inputs.reduce<(typeof inputs)[number] | undefined>(
      (best, entry) => (best && best.markdownBytes >= entry.markdownBytes ? best : entry),
      undefined,
    )
    return {
      warmup: options.warmup,
      runs: options.runs,
      documents: inputs.map((entry) => ({
        example: entry.example,
        document: entry.document,
        markdownBytes: entry.markdownBytes,
        docxBytes: statSync(entry.output).size,
        summary: summarize(entry.samples),
      })),
      pooled: summarize(inputs.flatMap((entry) => entry.samples)),
      empty: summarize(emptySamples),
      peakRssMiB: largest && peakRssOfRun('pandoc', pandocArgs(largest.input, largest.output)),
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
