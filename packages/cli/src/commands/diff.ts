import path from 'node:path'
import { type Pack, type Redline, redlineLibrary, redlinePacks } from '@betterforus/generator'
import { type Layer, layerInfo, type PackLayer } from '@betterforus/layer'
import { formatMessages } from '../format-messages.js'
import { layAnswersFile } from '../layer/lay-answers-file.js'
import {
  layerRelease,
  type ShadowedClause,
  shadowedClauses,
  shadowedLines,
} from '../layer/layer-release.js'
import { readLayerFolder } from '../layer/read-layer.js'
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
  layer?: string
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
  let shadowed: ShadowedClause[] = []
  let layer: Layer | undefined
  let defaults: PackLayer['defaults']
  try {
    from = await loadRelease(options.from)
    to = await loadRelease(options.to)
    if (options.layer !== undefined) {
      // Note: an upgrade may take a replaced clause past the layer's range; diff shows it, lint fails it.
      layer = await readLayerFolder(options.layer)
      shadowed = shadowedClauses(layer, from.catalog, to.catalog)
      const layeredFrom = await layerRelease(from, layer, { allowDrift: true })
      from = layeredFrom.release
      to = (await layerRelease(to, layer, { allowDrift: true })).release
      defaults = layeredFrom.applied.defaults
    }
    if (answersPath === undefined) {
      redline = redlineLibrary(await librarySnapshot(from), await librarySnapshot(to))
    } else {
      const packs: Pack[] = []
      for (const release of [from, to]) {
        const laid = layer && (await layAnswersFile(answersPath, defaults))
        const parsed = await answersFor(answersPath, release, laid?.text)
        if (typeof parsed === 'string' || !parsed.answers) {
          console.error(typeof parsed === 'string' ? parsed : formatMessages([parsed.file]))
          console.error(
            `\n${release.label} cannot read the answers in ${answersPath}; nothing was written.`,
          )
          return 1
        }
        const info = layer && { ...layerInfo(layer), defaults: laid?.used ?? [] }
        const pack = packFor(parsed.answers, release, copy, info)
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
  const layerName = layer && `${layer.name}@${layer.version}`
  const lines = layerName ? shadowedLines(shadowed, layerName) : []
  const outputs = await redlineFiles(
    redline,
    formats,
    layer ? { layer: { name: layer.name, version: layer.version, shadowed } } : {},
  )
  for (const output of outputs) {
    if (output.name === 'summary.md' && lines.length > 0)
      output.content = `${String(output.content)}\n## Library clauses the council layer replaces\n\n${lines.join('\n')}\n`
  }
  await writeFilesAtomically(options.out, outputs)
  for (const output of outputs) console.log(path.join(options.out, output.name))
  printChanges(redline)
  if (lines.length > 0)
    console.log(`\nLibrary clauses ${layerName} replaces that changed:\n${lines.join('\n')}`)
  return 0
}
