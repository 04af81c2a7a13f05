import path from 'node:path'
import { catalog as builtIn, type Catalog } from '@betterforus/clauses'
import {
  type CatalogSource,
  catalogFromSource,
  compileCatalog,
} from '@betterforus/clauses/compiler'
import type { VFile } from 'vfile'
import { readTemplatesFolder } from './read-templates-folder.js'

/**
 * The catalog to generate with: the release's own, or a templates folder (a council's fork)
 * compiled now. A fork's `source` is plain data, so it can be handed to worker threads, which
 * turn it into a catalog with `catalogFromSource`.
 */
export async function loadCatalogOption(templates: string | undefined): Promise<{
  catalog: Catalog | undefined
  source: CatalogSource | undefined
  files: VFile[]
}> {
  if (!templates) return { catalog: builtIn, source: undefined, files: [] }
  const { root, library } = await readTemplatesFolder(
    templates,
    '--templates',
    path.basename(path.resolve(templates)),
  )
  const { catalog, files } = await compileCatalog(root, library)
  return { catalog: catalog && catalogFromSource(catalog), source: catalog, files }
}
