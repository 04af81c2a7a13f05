import type { Catalog } from '@betterforus/clauses'
import { type AppliedLayer, applyLayer } from './layer/apply-layer.js'
import { readLayerFolder } from './layer/read-layer.js'

/**
 * The `--layer` option of any command: read the council layer and lay it over the library the
 * command uses, or nothing when the option is absent.
 *
 * @param templates The library's templates folder.
 * @param base The library compiled alone.
 * @throws {LayerError} When the layer cannot be read or laid over this library.
 */
export async function loadLayerOption(
  layer: string | undefined,
  templates: string | undefined,
  base: Catalog,
  options: { allowDrift?: boolean; published?: boolean } = {},
): Promise<AppliedLayer | undefined> {
  if (layer === undefined) return undefined
  return applyLayer(await readLayerFolder(layer), templates, base, options)
}
