import type { Catalog, Template } from './catalog-types.js'
import type { CatalogSource } from './compiler/catalog-source.js'
import { handlebarsRuntime } from './handlebars-runtime.js'
import { registerHelpers } from './template-helpers.js'

/** A catalog whose templates are given in some form, turned into functions by `toTemplate`. */
export type CatalogWith<T> = {
  [K in keyof CatalogSource]: CatalogSource[K] extends object
    ? ReplaceTemplates<CatalogSource[K], T>
    : CatalogSource[K]
}
type ReplaceTemplates<V, T> = V extends { source: string; spec: string }
  ? T
  : V extends Array<infer I>
    ? Array<ReplaceTemplates<I, T>>
    : V extends object
      ? { [K in keyof V]: ReplaceTemplates<V[K], T> }
      : V

/**
 * Turn a catalog's templates into functions, in an isolated Handlebars environment with our
 * helpers registered.
 */
export function mapTemplates<T>(
  source: CatalogWith<T>,
  toTemplate: (template: T) => Template,
): Catalog {
  return {
    ...source,
    pack: {
      ...source.pack,
      drafterNotice: toTemplate(source.pack.drafterNotice),
      staleRateNotice:
        source.pack.staleRateNotice === undefined
          ? undefined
          : toTemplate(source.pack.staleRateNotice),
    },
    clauses: source.clauses.map((clause) => ({
      ...clause,
      body: toTemplate(clause.body),
      draftingNote: toTemplate(clause.draftingNote),
      riskNote: clause.riskNote === undefined ? undefined : toTemplate(clause.riskNote),
    })),
    documents: source.documents.map((document) => ({
      ...document,
      intro: toTemplate(document.intro),
    })),
    glossary: source.glossary.map((entry) => ({
      ...entry,
      definition: toTemplate(entry.definition),
    })),
  } as Catalog
}

/**
 * Load a catalog whose templates were precompiled at build time: only the Handlebars runtime runs,
 * never its compiler, so no code is generated from strings.
 */
export function loadCatalog(source: CatalogWith<{ spec: object }>): Catalog {
  const env = handlebarsRuntime.create()
  registerHelpers(env)
  return mapTemplates(
    source,
    (template) => env.template(template.spec as never) as unknown as Template,
  )
}
