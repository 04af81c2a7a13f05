import type { Catalog } from '@betterforus/clauses'
import {
  type CatalogSource,
  catalogFromSource,
  folderTemplateFiles,
} from '@betterforus/clauses/compiler'
import { type Layer, layLayer, type PackLayer } from '@betterforus/layer'
import { UserError } from '../user-error.js'

/** A library with a council layer laid over it, ready to generate with. */
export interface AppliedLayer extends PackLayer {
  layer: Layer
  /** The layered library, renderable. */
  catalog: Catalog
  /** The same, as plain data (for worker threads). */
  source: CatalogSource
}

/**
 * Lay a council layer over the library in a templates folder (`layLayer`), and make the result
 * renderable in Node.
 *
 * @param templates The library's templates folder (undefined when this install carries none).
 * @param base The library compiled alone.
 * @throws {LayerError} Naming each problem with file, line and column.
 */
export async function applyLayer(
  layer: Layer,
  templates: string | undefined,
  base: Catalog,
  options: { allowDrift?: boolean; published?: boolean } = {},
): Promise<AppliedLayer> {
  if (templates === undefined) {
    throw new UserError(
      `--layer: ${base.library.name}@${base.library.version} carries no templates/ to lay the layer over; give the library as a templates folder (--templates, --release)`,
    )
  }
  const laid = await layLayer(layer, folderTemplateFiles(templates), base, options)
  return { ...laid, catalog: catalogFromSource(laid.source) }
}
