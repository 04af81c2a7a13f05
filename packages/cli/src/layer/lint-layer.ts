import {
  type CatalogSource,
  catalogFromSource,
  folderTemplateFiles,
} from '@betterforus/clauses/compiler'
import {
  checkDefaults,
  compileLayered,
  driftMessage,
  LIBRARY_PACKAGE,
  libraryInRange,
  replacementDrift,
} from '@betterforus/layer'
import { nodePlace, reportError } from '@betterforus/questionnaire'
import type { VFile } from 'vfile'
import { countErrors, formatMessages } from '../format-messages.js'
import type { Release } from '../load-release.js'
import { readLayerFolder } from './read-layer.js'
import { upstreamRedline } from './upstream-redline.js'

/**
 * `betterforus lint <templates> --layer <dir>`: check a council layer against the library in
 * `templates`: its library range, every replacement's range (failing, with the redline of what
 * changed upstream, when the library has moved past it), its defaults' questions, and its clauses
 * compiled over the library, so every reference, term and condition resolves.
 *
 * @param source The library, compiled alone and without errors.
 * @returns The exit code (1 when there is any error), and the layered library when it compiled,
 *   for the branch lint.
 */
export async function lintLayer(
  directory: string,
  templates: string,
  source: CatalogSource,
  options: { reviewedRelease?: string | undefined } = {},
): Promise<{ exitCode: number; layered: CatalogSource | undefined }> {
  const layer = await readLayerFolder(directory)
  const base = catalogFromSource(source)
  const library = `${base.library.name}@${base.library.version}`
  const installed: Release = {
    label: library,
    catalog: base,
    bodies: new Map(source.clauses.map((clause) => [clause.meta.id, clause.body.source])),
  }
  if (!libraryInRange(layer, base)) {
    reportError(
      layer.file,
      `the layer's package.json depends on ${LIBRARY_PACKAGE}@${layer.libraryRange}, which ${library} is outside; review what the upgrade changed (\`betterforus diff --layer\`), then widen the range`,
      'layer-library-range',
    )
  }
  if (base.library.name !== LIBRARY_PACKAGE) {
    layer.file.message(
      `the library is ${library}, not ${LIBRARY_PACKAGE}, so its version is not checked against the layer's range ${layer.libraryRange}; each replaced clause's range is`,
      { ruleId: 'layer-library-range', source: 'betterforus' },
    )
  }
  const redlines: string[] = []
  for (const drift of replacementDrift(layer, base)) {
    reportError(
      layer.file,
      driftMessage(drift, library),
      'layer-replacement-range',
      nodePlace(layer.parsed, ['replacements', drift.index, 'replaces'])?.start,
    )
    redlines.push(
      `What changed upstream in ${drift.replaced}, ${drift.reviewed} → ${drift.installed}:\n\n${await upstreamRedline(drift, installed, options.reviewedRelease)}`,
    )
  }
  checkDefaults(layer, base.questionnaire)
  const compiled = await compileLayered(folderTemplateFiles(templates), base.library, base, layer)
  const files: VFile[] = [
    layer.file,
    ...(layer.defaults ? [layer.defaults.file] : []),
    ...compiled.files.filter((file) => file !== layer.file),
  ]
  const report = formatMessages(files)
  if (report) console.error(report)
  for (const redline of redlines) console.error(`\n${redline}`)
  const errors = countErrors(files)
  if (errors > 0 || !compiled.catalog) {
    console.error(
      `\n${errors} error(s) in the layer ${layer.name}@${layer.version} (${directory}).`,
    )
    return { exitCode: 1, layered: compiled.catalog }
  }
  const defaults = layer.defaults ? ', defaults' : ''
  console.log(
    `${directory}: layer ${layer.name}@${layer.version} over ${library}: ${layer.clauses.length} local clause(s), ${layer.config.replacements.length} replacement(s), ${layer.config.additions.length} addition(s)${defaults}, no errors.`,
  )
  return { exitCode: 0, layered: compiled.catalog }
}
