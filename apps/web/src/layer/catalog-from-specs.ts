import { type Catalog, type CatalogWith, loadCatalog } from '@betterforus/clauses'
import type { CatalogSource } from '@betterforus/clauses/compile'
import { templateFromSpec } from './trusted-templates.js'

type Spec = { spec: object }

/** A compiled template as `CatalogSource` holds it: its text and its specification's text. */
function isTemplateSource(value: object): value is { source: string; spec: string } {
  const keys = Object.keys(value)
  return (
    keys.length === 2 &&
    typeof (value as { source?: unknown }).source === 'string' &&
    typeof (value as { spec?: unknown }).spec === 'string'
  )
}

/**
 * Every template of a compiled catalog with its specification evaluated; the rest as it is.
 * Note: templates are found by shape, `{ source, spec }` with text for both, as `CatalogWith`
 * finds them by type, so a new kind of template needs no change here.
 */
function withSpecs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSpecs)
  if (value === null || typeof value !== 'object') return value
  if (isTemplateSource(value)) return { spec: templateFromSpec(value.spec) } satisfies Spec
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withSpecs(item)]))
}

/**
 * A catalog that renders, from one compiled in this browser (a council layer laid over the
 * library): each template's specification is evaluated through the `betterforus-templates`
 * Trusted Types policy, then loaded as the built library is (`loadCatalog`: the Handlebars
 * runtime, with our helpers).
 *
 * @param source The compiled catalog, each template as `{ source, spec }` text.
 * @returns The catalog.
 * @throws {Error} In a browser without Trusted Types (see `templateFromSpec`).
 */
export function catalogFromSpecs(source: CatalogSource): Catalog {
  return loadCatalog(withSpecs(source) as CatalogWith<Spec>)
}
