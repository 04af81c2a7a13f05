// The council layer's chunk, loaded only when a layer is chosen or kept in this browser: the
// archive reader, the layer package, the Handlebars compiler and the library's template texts.
import { type Catalog, catalog } from '@betterforus/clauses'
import { memoryTemplateFiles } from '@betterforus/clauses/compile'
import {
  LayerError,
  layDefaults,
  layLayer,
  memoryLayerFiles,
  type PackLayer,
  readLayer,
} from '@betterforus/layer'
import { type Answers, messageLines, yamlToValue } from '@betterforus/questionnaire'
import { type FormValues, formValuesFromAnswers } from '../app/form-state.js'
import { catalogFromSpecs } from './catalog-from-specs.js'
import { readLayerArchive } from './layer-archive.js'
import { type LayerSummary, summariseLayer } from './layer-summary.js'
import { libraryTemplateTexts } from './library-template-texts.js'
import { NO_TRUSTED_TYPES } from './trusted-templates.js'

/** A council layer laid over the library, ready to build packs with. */
export interface LoadedLayer {
  /** The file it was read from. */
  fileName: string
  /** The layered library. */
  catalog: Catalog
  /** What each pack records and uses of the layer: its name, house style and defaults. */
  pack: PackLayer
  /** The defaults as answers, and as form values for the questions they answer. */
  defaultAnswers: Answers
  defaultValues: FormValues
  /**
   * Lay the defaults under an answers file's text, as the CLI does (`layDefaults`), so
   * `parseAnswers` checks them with the answers.
   */
  layDefaults: (answersText: string) => { text: string; used: string[] }
  summary: LayerSummary
}

export type LayerLoad = { layer: LoadedLayer } | { problems: string[] }

/** Every problem of a layer, as `file:line:column: error: …` lines, or its one-line summary. */
function layerProblems(error: LayerError): string[] {
  const lines = messageLines(error.files)
  return lines.length > 0 ? lines : [error.summary]
}

/**
 * Read a layer file and lay the layer over the library, as `betterforus generate --layer` does:
 * the archive read into memory (`readLayerArchive`), the layer read and checked (`readLayer`),
 * laid over the library's own template files (`layLayer`), and its compiled templates loaded
 * through the Trusted Types templates policy (`catalogFromSpecs`).
 *
 * @param fileName The file's name, which messages give as the layer's folder.
 * @param bytes The file's bytes.
 * @returns The layer, or every problem, each naming its file (and line and column, where known).
 */
export async function loadLayer(fileName: string, bytes: Uint8Array): Promise<LayerLoad> {
  const archive = await readLayerArchive(fileName, bytes)
  if ('problems' in archive) return archive
  try {
    const layer = await readLayer(memoryLayerFiles(fileName, archive.files))
    const laid = await layLayer(
      layer,
      memoryTemplateFiles('templates', libraryTemplateTexts),
      catalog,
    )
    const layered = catalogFromSpecs(laid.source)
    const defaults = laid.defaults ? (yamlToValue(laid.defaults.doc.contents) as Answers) : {}
    return {
      layer: {
        fileName,
        catalog: layered,
        pack: { info: laid.info, houseStyle: laid.houseStyle, defaults: laid.defaults },
        defaultAnswers: defaults,
        defaultValues: formValuesFromAnswers(layered.questionnaire, defaults),
        layDefaults: (answersText) => layDefaults(answersText, laid.defaults),
        summary: summariseLayer(laid, layered),
      },
    }
  } catch (error) {
    if (error instanceof LayerError) return { problems: layerProblems(error) }
    if (error instanceof Error && error.message === NO_TRUSTED_TYPES)
      return { problems: [error.message] }
    throw error
  }
}
