import Handlebars from 'handlebars'
import type { Catalog, Template } from '../catalog-types.js'
import { mapTemplates } from '../load-catalog.js'
import { registerHelpers } from '../template-helpers.js'
import type { CatalogSource } from './catalog-source.js'
import { compileOptions } from './compile-options.js'

/**
 * Turn a freshly compiled catalog into one that renders, in Node, without a build step: for
 * `betterforus generate --templates <folder>` and for tests of a council's fork.
 */
export function catalogFromSource(source: CatalogSource): Catalog {
  const env = Handlebars.create()
  registerHelpers(env)
  return mapTemplates(
    source,
    (template) => env.compile(template.source, compileOptions) as unknown as Template,
  )
}
