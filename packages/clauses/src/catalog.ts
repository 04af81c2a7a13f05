import { catalogSource } from './catalog.generated.js'
import type { Catalog } from './catalog-types.js'
import { loadCatalog } from './load-catalog.js'

/** The BetterForUs clause library of this release, compiled at build time from `templates/`. */
export const catalog: Catalog = loadCatalog(catalogSource)
