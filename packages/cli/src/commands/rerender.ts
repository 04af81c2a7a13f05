import path from 'node:path'
import { type Pack, type PackFile, packFiles, redlinePacks } from '@betterforus/generator'
import { layDefaults } from '@betterforus/layer'
import { type MigrationReport, migrateAnswers } from '@betterforus/questionnaire'
import { VFile } from 'vfile'
import { formatMessages } from '../format-messages.js'
import type { AppliedLayer } from '../layer/apply-layer.js'
import { layerRelease } from '../layer/layer-release.js'
import { readLayerFolder } from '../layer/read-layer.js'
import { loadRelease, type Release } from '../load-release.js'
import { parseFormats } from '../parse-formats.js'
import { printChanges } from '../print-changes.js'
import { readAnswersFile } from '../read-answers-file.js'
import { redlineFiles } from '../redline-files.js'
import { answersFor, packFor } from '../release-answers.js'
import { reportReleaseError } from '../report-release-error.js'
import { writeFilesAtomically } from '../write-files-atomically.js'

export interface RerenderCommandOptions {
  previous: string
  release: string
  out: string
  format: string
  copy: string
  toc?: boolean
  layer?: string
}

function migrationLines(report: MigrationReport): string[] {
  if (report.steps.length === 0) return []
  return [
    `Answers migrated from questionnaire version ${report.from} to ${report.to}:`,
    ...report.steps.map((step) => `- ${step.from} → ${step.to}: ${step.reason}`),
    ...report.renamed.map((rename) => `- renamed: ${rename.from} → ${rename.to}`),
    ...report.dropped.map(
      (drop) => `- dropped: ${drop.id} (was ${JSON.stringify(drop.value)}): ${drop.reason}`,
    ),
  ]
}

/**
 * `betterforus rerender <answers> --previous <release> --out <dir>`: re-render answers saved on an
 * older release with this one (or `--release`), migrating them through the questionnaire's
 * migrations or refusing them whole, and write the new pack with its redline against what the
 * older release produced.
 *
 * @returns The exit code.
 */
export async function rerenderCommand(
  answersPath: string,
  options: RerenderCommandOptions,
): Promise<number> {
  const formats = parseFormats(options.format)
  if (typeof formats === 'string') {
    console.error(formats)
    return 2
  }
  const copy = options.copy === 'issue' ? 'issue' : 'drafter'
  let previous: Release
  let release: Release
  try {
    previous = await loadRelease(options.previous)
    release = await loadRelease(options.release)
  } catch (error) {
    return reportReleaseError(error)
  }
  // Note: the layer must fit the release rendered with; the older one is history, as it was.
  const layer = options.layer === undefined ? undefined : await readLayerFolder(options.layer)
  let applied: AppliedLayer | undefined
  if (layer) {
    previous = (await layerRelease(previous, layer, { allowDrift: true })).release
    const layered = await layerRelease(release, layer, { allowDrift: false })
    release = layered.release
    applied = layered.applied
  }
  const answersFile = new VFile({ path: path.resolve(answersPath) })
  const bytes = await readAnswersFile(answersFile)
  if (bytes === undefined) {
    console.error(`${formatMessages([answersFile])}\nNothing was written.`)
    return 1
  }
  const laid = layDefaults(new TextDecoder().decode(bytes), applied?.defaults)
  const text = laid.text
  const info = applied && { ...applied.info, defaults: laid.used }

  const old = await answersFor(answersPath, previous, text)
  if (typeof old === 'string' || !old.answers) {
    if (typeof old !== 'string') console.error(formatMessages([old.file]))
    console.error(
      `\nThe answers in ${answersPath} are not valid for ${previous.label}, the release given as --previous; nothing was written.`,
    )
    return 1
  }
  const migration = migrateAnswers(text, release.catalog.questionnaire)
  if (migration.refusal !== undefined) {
    console.error(`${answersPath}: ${migration.refusal}`)
    return 1
  }
  const next = await answersFor(answersPath, release, migration.text)
  if (typeof next === 'string' || !next.answers) {
    if (typeof next !== 'string') console.error(formatMessages([next.file]))
    const migrated =
      migration.steps.length > 0 ? ` after migrating them to questionnaire ${migration.to}` : ''
    console.error(
      `\n${release.label} (questionnaire ${release.catalog.questionnaire.version}) cannot use the answers in ${answersPath}${migrated}, which ${previous.label} (questionnaire ${previous.catalog.questionnaire.version}) accepted; nothing was written.`,
    )
    return 1
  }
  const packs: Pack[] = []
  for (const [answers, from] of [
    [old.answers, previous],
    [next.answers, release],
  ] as const) {
    const pack = packFor(answers, from, copy, info)
    if (typeof pack === 'string') {
      console.error(`${pack}\nNothing was written.`)
      return 1
    }
    packs.push(pack)
  }
  const [before, after] = packs as [Pack, Pack]

  const outputs: PackFile[] = await packFiles(after, {
    formats,
    toc: options.toc === true,
    unused: next.unused,
    ...(applied && { houseStyle: applied.houseStyle }),
  })
  if (migration.steps.length > 0)
    outputs.push({ name: 'answers.migrated.yaml', content: migration.text })
  const redline = redlinePacks(before, after, { from: previous.label, to: release.label })
  const migrationReport = migration.steps.length > 0 && {
    migration: {
      from: migration.from,
      to: migration.to,
      steps: migration.steps,
      renamed: migration.renamed,
      dropped: migration.dropped,
    },
  }
  const redlineOutputs = await redlineFiles(redline, formats, migrationReport || {})
  const lines = migrationLines(migration)
  for (const output of redlineOutputs) {
    if (output.name === 'summary.md' && lines.length > 0)
      output.content = `${String(output.content)}\n## Answers migrated\n\n${lines.slice(1).join('\n')}\n`
  }
  outputs.push(...redlineOutputs)
  await writeFilesAtomically(options.out, outputs)
  for (const output of outputs) console.log(path.join(options.out, output.name))
  if (lines.length > 0) console.log(`\n${lines.join('\n  ')}`)
  printChanges(redline)
  return 0
}
