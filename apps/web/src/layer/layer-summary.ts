import type { Catalog } from '@betterforus/clauses'
import type { LaidLayer } from '@betterforus/layer'
import { yamlToValue } from '@betterforus/questionnaire'

/** What the Council layer page shows of a loaded layer, as plain text. */
export interface LayerSummary {
  name: string
  version: string
  /** The library versions it is written for, such as `^1.1.0`. */
  libraryRange: string
  houseStyle: {
    headingFont?: string
    bodyFont?: string
    headingColour?: string
    logo?: string
    coverLines: string[]
    headerLine?: string
  }
  /** Each local clause added: where it goes. */
  additions: string[]
  /** Each library clause replaced: by which local clause, for which versions. */
  replacements: string[]
  /** Each default answer: its question id and value as written. */
  defaults: Array<{ id: string; value: string }>
}

/** Every answer of a defaults file, by its dotted question id. */
function defaultEntries(value: unknown, keys: string[] = []): Array<{ id: string; value: string }> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([key, item]) => defaultEntries(item, [...keys, key]))
  const text = Array.isArray(value) ? value.map(String).join(', ') : String(value)
  return keys.length > 0 ? [{ id: keys.join('.'), value: text }] : []
}

/**
 * The summary of a layer laid over the library, in words: clause and document titles from the
 * layered library, with their ids.
 *
 * @param laid The layer, laid.
 * @param layered The layered library (for titles of local clauses).
 * @returns The summary.
 */
export function summariseLayer(laid: LaidLayer, layered: Catalog): LayerSummary {
  const { layer, houseStyle } = laid
  const clauseTitle = (id: string) => {
    const title = layered.clauses.find((clause) => clause.meta.id === id)?.meta.title
    return title === undefined ? id : `${title} (${id})`
  }
  const documentTitle = (id: string) =>
    layered.documents.find((document) => document.meta.id === id)?.meta.title ?? id
  return {
    name: layer.name,
    version: layer.version,
    libraryRange: layer.libraryRange,
    houseStyle: {
      ...(houseStyle.headingFont && { headingFont: houseStyle.headingFont }),
      ...(houseStyle.bodyFont && { bodyFont: houseStyle.bodyFont }),
      ...(houseStyle.headingColour && { headingColour: `#${houseStyle.headingColour}` }),
      ...(layer.logo && { logo: layer.logo }),
      coverLines: [...(houseStyle.coverLines ?? [])],
      ...(houseStyle.headerLine && { headerLine: houseStyle.headerLine }),
    },
    additions: layer.config.additions.map(
      (addition) =>
        `${clauseTitle(addition.clause)}: in “${documentTitle(addition.document)}”, ${
          addition.after === undefined ? 'at the end' : `after ${clauseTitle(addition.after)}`
        }`,
    ),
    replacements: layer.config.replacements.map((replacement) => {
      const at = replacement.replaces.indexOf('@')
      const reviewed =
        replacement.reviewed === undefined ? '' : `, reviewed at ${replacement.reviewed}`
      return `${clauseTitle(replacement.clause)} stands in for ${replacement.replaces.slice(0, at)}, versions ${replacement.replaces.slice(at + 1)}${reviewed}`
    }),
    defaults: laid.defaults ? defaultEntries(yamlToValue(laid.defaults.doc.contents)) : [],
  }
}
