import path from 'node:path'
import { type Pack, type Redline, redlineLibrary, redlinePacks } from '@betterforus/generator'
import { formatMessages } from '../format-messages.js'
import { librarySnapshot, loadRelease, type Release } from '../load-release.js'
import { parseFormats } from '../parse-formats.js'
import { printChanges } from '../print-changes.js'
import { redlineFiles } from '../redline-files.js'
import { answersFor, packFor } from '../release-answers.js'
import { reportReleaseError } from '../report-release-error.js'
import { writeFilesAtomically } from '../write-files-atomically.js'

export interface DiffCommandOptions {
  from: string
  to: string
  out: string
  format: string
  copy: string
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
  if (typeof formats === 'string') {
    console.error(formats)
    return 2
  }
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
  const outputs = await redlineFiles(redline, formats)
  await writeFilesAtomically(options.out, outputs)
  for (const output of outputs) console.log(path.join(options.out, output.name))
  printChanges(redline)
  return 0
}
