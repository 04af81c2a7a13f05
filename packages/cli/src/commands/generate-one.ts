import path from 'node:path'
import { buildPackFiles } from '../build-pack-files.js'
import { formatMessages } from '../format-messages.js'
import { loadCatalogOption } from '../load-catalog-option.js'
import { loadLayerOption } from '../load-layer-option.js'
import type { PackOptions } from '../pack-options.js'
import { readOutputFolder } from '../read-output-folder.js'
import { writeFilesAtomically } from '../write-files-atomically.js'

/** The single-file form: the pack's files straight into `--out`. */
export async function generateOne(
  answersPath: string,
  options: { out: string; templates?: string; layer?: string },
  packOptions: PackOptions,
): Promise<number> {
  // Note: refuse an --out that is not ours before the work; the write checks it again (C10).
  await readOutputFolder(options.out)
  const { catalog, files, root } = await loadCatalogOption(options.templates)
  if (!catalog) {
    console.error(formatMessages(files))
    return 1
  }
  const layer = await loadLayerOption(options.layer, root, catalog)
  const result = await buildPackFiles(answersPath, layer?.catalog ?? catalog, packOptions, layer)
  if (result.kind !== 'written') {
    console.error(result.report)
    return result.kind === 'usage' ? 2 : 1
  }
  await writeFilesAtomically(options.out, result.files)
  for (const file of result.files) console.log(path.join(options.out, file.name))
  return 0
}
