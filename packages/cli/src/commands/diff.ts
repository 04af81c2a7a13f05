import path from 'node:path'
import {
  GenerationError,
  generatePack,
  type Pack,
  type Redline,
  redlineLibrary,
  redlinePacks,
  redlineToDocx,
  redlineToMarkdown,
  summaryToMarkdown,
} from '@betterforus/generator'
import { parseAnswers } from '@betterforus/questionnaire'
import { VFile } from 'vfile'
import { formatMessages } from '../format-messages.js'
import { librarySnapshot, loadRelease, type Release, ReleaseError } from '../load-release.js'
import { readAnswersFile } from '../read-answers-file.js'
import { writeFilesAtomically } from '../write-files-atomically.js'

export interface DiffCommandOptions {
  from: string
  to: string
  out: string
  format: string
  copy: string
}

export type Output = { name: string; content: string | Uint8Array }

/** Parse the formats option; undefined (after saying why) when it names an unknown format. */
export function parseFormats(option: string): Array<'md' | 'docx'> | undefined {
  const wanted = option.split(',').map((format) => format.trim())
  const unknown = wanted.filter((format) => format !== 'md' && format !== 'docx')
  if (unknown.length > 0 || wanted.length === 0) {
    console.error(`--format: unknown format \`${unknown.join(', ')}\`; use md, docx or md,docx`)
    return undefined
  }
  return wanted as Array<'md' | 'docx'>
}

/**
 * The files of a redline: `<document>.redline.docx` (Word tracked changes), `<document>.redline.md`
 * (CriticMarkup), `summary.md` and `summary.json`.
 */
export async function redlineOutputs(
  redline: Redline,
  formats: ReadonlyArray<'md' | 'docx'>,
  extra: Record<string, unknown> = {},
): Promise<Output[]> {
  const outputs: Output[] = []
  for (const document of redline.documents) {
    if (formats.includes('docx'))
      outputs.push({ name: `${document.id}.redline.docx`, content: await redlineToDocx(document) })
    if (formats.includes('md'))
      outputs.push({ name: `${document.id}.redline.md`, content: redlineToMarkdown(document) })
  }
  outputs.push({ name: 'summary.md', content: summaryToMarkdown(redline.summary) })
  outputs.push({
    name: 'summary.json',
    content: `${JSON.stringify({ ...redline.summary, ...extra }, null, 2)}\n`,
  })
  return outputs
}

/** Print one line per clause that changed. */
export function printChanges(redline: Redline): void {
  const { summary } = redline
  const changed = summary.clauses.filter((clause) => clause.status !== 'unchanged')
  console.log(`\n${changed.length} clause(s) changed from ${summary.from} to ${summary.to}:`)
  for (const clause of changed) {
    const versions =
      clause.status === 'changed'
        ? ` ${clause.fromVersion} → ${clause.toVersion}`
        : ` ${clause.toVersion ?? clause.fromVersion ?? ''}`
    const flags = clause.flags.length > 0 ? ` ⚠ ${clause.flags.join('; ')}` : ''
    console.log(`  ${clause.status} ${clause.id}${versions} (${clause.kind})${flags}`)
  }
}

/** Say why a release could not be loaded. */
export function reportReleaseError(error: unknown): number {
  if (!(error instanceof ReleaseError)) throw error
  if (error.files.length > 0) console.error(formatMessages(error.files))
  console.error(error.message)
  return 1
}

/** Read and validate an answers file against one release's questionnaire. */
export async function answersFor(
  answersPath: string,
  release: Release,
  text?: string,
): Promise<ReturnType<typeof parseAnswers> | string> {
  const file = new VFile({ path: path.resolve(answersPath) })
  const content = text ?? (await readAnswersFile(file))
  if (content === undefined) return formatMessages([file])
  return parseAnswers(content, release.catalog.questionnaire, { path: file.path })
}

/** Build a pack, or say why not (a clause refers to one these answers leave out). */
export function packFor(
  answers: NonNullable<ReturnType<typeof parseAnswers>['answers']>,
  release: Release,
  copy: 'drafter' | 'issue',
): Pack | string {
  try {
    return generatePack(answers, { catalog: release.catalog, copy })
  } catch (error) {
    if (!(error instanceof GenerationError)) throw error
    return `${release.label}: ${error.message}`
  }
}

/**
 * `betterforus diff --from <release> --to <release> [answers] --out <dir>`: redline two releases.
 * Without answers, the clause library itself (each clause body's source); with answers, the pack
 * each release renders from them.
 *
 * @returns The exit code.
 */
export async function diffCommand(
  answersPath: string | undefined,
  options: DiffCommandOptions,
): Promise<number> {
  const formats = parseFormats(options.format)
  if (!formats) return 2
  const copy = options.copy === 'issue' ? 'issue' : 'drafter'
  let from: Release
  let to: Release
  let redline: Redline
  try {
    from = await loadRelease(options.from)
    to = await loadRelease(options.to)
    if (answersPath === undefined) {
      redline = redlineLibrary(await librarySnapshot(from), await librarySnapshot(to))
    } else {
      const packs: Pack[] = []
      for (const release of [from, to]) {
        const parsed = await answersFor(answersPath, release)
        if (typeof parsed === 'string' || !parsed.answers) {
          console.error(typeof parsed === 'string' ? parsed : formatMessages([parsed.file]))
          console.error(
            `\n${release.label} cannot read the answers in ${answersPath}; nothing was written.`,
          )
          return 1
        }
        const pack = packFor(parsed.answers, release, copy)
        if (typeof pack === 'string') {
          console.error(`${pack}\nNothing was written.`)
          return 1
        }
        packs.push(pack)
      }
      redline = redlinePacks(packs[0] as Pack, packs[1] as Pack, { from: from.label, to: to.label })
    }
  } catch (error) {
    return reportReleaseError(error)
  }
  const outputs = await redlineOutputs(redline, formats)
  await writeFilesAtomically(options.out, outputs)
  for (const output of outputs) console.log(path.join(options.out, output.name))
  printChanges(redline)
  return 0
}
