import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { catalog } from '@betterforus/clauses'
import { cliPath } from '../support/run-cli.js'
import { pandocArgs, stripFrontMatter } from './measure-pandoc.js'
import { type Summary, summarize } from './percentile.js'
import { peakRssOfRun, spawnTimed, spawnTimedOutput } from './spawn-timed.js'

/** The CLI's package folder, where its dependencies (commander too) resolve. */
const cliFolder = path.dirname(path.dirname(cliPath))
/** The modules the CLI loads, in the order it loads them (later ones reuse shared dependencies). */
export const importedModules = [
  'commander',
  '@betterforus/questionnaire',
  '@betterforus/clauses',
  '@betterforus/generator',
] as const
const importChain = [
  '--input-type=module',
  '-e',
  `const times = { boot: performance.now() }
for (const name of ${JSON.stringify(importedModules)}) {
  const start = performance.now()
  await import(name)
  times[name] = performance.now() - start
}
console.log(JSON.stringify(times))`,
]

export interface ColdResult {
  runs: number
  example: string
  /** Documents one CLI `generate` writes (the whole pack). */
  packDocuments: number
  /** The document pandoc converts, and its Markdown size without front matter. */
  pandocDocument: { id: string; markdownBytes: number }
  nodeBoot: Summary
  importChain: Summary
  /** Inside the import-only process: time to its first line of script, then each import. */
  importSteps: Record<string, Summary>
  cliMdDocx: Summary
  cliDocx: Summary
  /** The CLI writing only the document pandoc converts, as DOCX: the like-for-like run. */
  cliOneDocument: Summary
  pandoc: Summary | undefined
  /** The very first run of each (nothing of it run before in this benchmark). */
  first: { cliMdDocx: number; pandoc: number | undefined }
  peakRssMiB: { cliMdDocx: number | undefined; pandoc: number | undefined }
}

/**
 * Cold: one fresh process per run, no warm-up, `runs` rounds. Each round runs, in turn, `node -e 0`,
 * a node that only imports the CLI's modules (timing each import inside), the CLI with `--format md,docx`, the CLI with
 * `--format docx`, and pandoc on one document of the pack, so drifting load falls on all alike.
 * The page cache cannot be dropped without root, so only the first run of each is cold on disk.
 */
export function measureCold(
  example: { name: string; file: string },
  options: { runs: number; pandoc: boolean },
): ColdResult {
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-cold-'))
  try {
    const documentId = catalog.pack.documents[0]
    if (documentId === undefined) throw new Error('The catalog pack has no documents')
    const pandocInput = path.join(folder, `${documentId}.md`)
    const pandocOutput = path.join(folder, `${documentId}.docx`)
    const samples = {
      nodeBoot: [] as number[],
      importChain: [] as number[],
      importSteps: new Map<string, number[]>(),
      cliMdDocx: [] as number[],
      cliDocx: [] as number[],
      cliOneDocument: [] as number[],
      pandoc: [] as number[],
    }
    const cli = (round: number, format: string) => [
      cliPath,
      'generate',
      example.file,
      '--out',
      path.join(folder, `${format.replace(',', '-')}-${round}`),
      '--format',
      format,
    ]
    let packDocuments = 0
    let markdownBytes = 0
    for (let round = 0; round < options.runs; round++) {
      samples.cliMdDocx.push(spawnTimed(process.execPath, cli(round, 'md,docx')))
      if (round === 0) {
        const out = path.join(folder, `md-docx-${round}`)
        packDocuments = readdirSync(out).filter((name) => name.endsWith('.md')).length
        const markdown = stripFrontMatter(
          readFileSync(path.join(out, `${documentId}.drafter.md`), 'utf8'),
        )
        markdownBytes = Buffer.byteLength(markdown)
        writeFileSync(pandocInput, markdown)
      }
      if (options.pandoc)
        samples.pandoc.push(spawnTimed('pandoc', pandocArgs(pandocInput, pandocOutput)))
      samples.cliDocx.push(spawnTimed(process.execPath, cli(round, 'docx')))
      samples.cliOneDocument.push(
        spawnTimed(process.execPath, [...cli(round, 'docx'), '--document', documentId]),
      )
      samples.nodeBoot.push(spawnTimed(process.execPath, ['-e', '0']))
      const imports = spawnTimedOutput(process.execPath, importChain, { cwd: cliFolder })
      samples.importChain.push(imports.ms)
      for (const [name, ms] of Object.entries(
        JSON.parse(imports.stdout) as Record<string, number>,
      )) {
        samples.importSteps.set(name, [...(samples.importSteps.get(name) ?? []), ms])
      }
    }
    return {
      runs: options.runs,
      example: example.name,
      packDocuments,
      pandocDocument: { id: documentId, markdownBytes },
      nodeBoot: summarize(samples.nodeBoot),
      importChain: summarize(samples.importChain),
      importSteps: Object.fromEntries(
        [...samples.importSteps].map(([name, values]) => [name, summarize(values)]),
      ),
      cliMdDocx: summarize(samples.cliMdDocx),
      cliDocx: summarize(samples.cliDocx),
      cliOneDocument: summarize(samples.cliOneDocument),
      pandoc: options.pandoc ? summarize(samples.pandoc) : undefined,
      first: { cliMdDocx: samples.cliMdDocx[0] ?? Number.NaN, pandoc: samples.pandoc[0] },
      peakRssMiB: {
        cliMdDocx: peakRssOfRun(process.execPath, cli(options.runs, 'md,docx')),
        pandoc: options.pandoc
          ? peakRssOfRun('pandoc', pandocArgs(pandocInput, pandocOutput))
          : undefined,
      },
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
