import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { catalog as builtIn, type Catalog } from '@betterforus/clauses'
import { catalogFromSource, compileCatalog } from '@betterforus/clauses/compiler'
import type { VFile } from 'vfile'

/**
 * The catalog to generate with: the release's own, or a templates folder (a council's fork)
 * compiled now.
 */
export async function loadCatalogOption(
  templates: string | undefined,
): Promise<{ catalog: Catalog | undefined; files: VFile[] }> {
  if (!templates) return { catalog: builtIn, files: [] }
  const own = JSON.parse(
    await readFile(path.join(templates, 'package.json'), 'utf8').catch(() => '{}'),
  )
  const library = {
    name: own.name ?? path.basename(path.resolve(templates)),
    version: own.version ?? '0.0.0',
  }
  const { catalog, files } = await compileCatalog(path.resolve(templates), library)
  return { catalog: catalog && catalogFromSource(catalog), files }
}
