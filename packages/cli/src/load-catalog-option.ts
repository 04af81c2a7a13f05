import path from 'node:path'
import { catalog as builtIn, type Catalog } from '@betterforus/clauses'
import {
  type CatalogSource,
  catalogFromSource,
  compileCatalog,
} from '@betterforus/clauses/compiler'
import type { VFile } from 'vfile'
import { currentTemplates } from './load-release.js'
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
  /** The templates folder compiled: the fork's, or this release's own when it carries one. */
  root: string | undefined
}> {
  if (!templates)
    return { catalog: builtIn, source: undefined, files: [], root: currentTemplates() }
  const { root, library } = await readTemplatesFolder(
    templates,
    '--templates',
    path.basename(path.resolve(templates)),
  )
  const { catalog, files } = await compileCatalog(root, library)
  return { catalog: catalog && catalogFromSource(catalog), source: catalog, files, root }
}
