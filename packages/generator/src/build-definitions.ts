import { type Catalog, type CatalogClause, findTerms, type RenderInput } from '@betterforus/clauses'
import type { BlockContent, PhrasingContent } from 'mdast'
import { bookmarkName } from './bookmark-name.js'
import { numberClause } from './number-clause.js'
import type { ResolveRef } from './parse-rendered.js'
import { renderBlocks } from './render-blocks.js'

/**
 * Every defined term the document's text uses, as rendered for these answers (so a term that only
 * a left-out paragraph used is not defined), and the terms their definitions use in turn, in
 * alphabetical order.
 */
export function termsUsed(text: string, catalog: Catalog): string[] {
  const terms = findTerms(
    text,
    catalog.glossary.map((entry) => entry.term),
  )
  // Note: a Set visits what is added during iteration, which gives the closure.
  for (const term of terms) {
    for (const other of catalog.glossary.find((entry) => entry.term === term)?.uses ?? [])
      terms.add(other)
  }
  return [...terms].sort((left, right) => left.localeCompare(right, 'en'))
}

/**
 * The Definitions clause: its own body (interpretation rules), then one sub-clause per defined
 * term the document uses, `**Term**: meaning`, alphabetically.
 */
export function buildDefinitions(
  number: number,
  clause: CatalogClause,
  terms: string[],
  catalog: Catalog,
  input: RenderInput,
  resolveRef: ResolveRef,
): BlockContent[] {
  const body = renderBlocks(clause.body, input, resolveRef)
  for (const term of terms) {
    const entry = catalog.glossary.find((candidate) => candidate.term === term)
    if (!entry) throw new Error(`The term \`${term}\` is not in the glossary`)
    const [first, ...rest] = renderBlocks(entry.definition, input, resolveRef)
    if (first?.type !== 'paragraph' || rest.length > 0) {
      throw new Error(`The definition of \`${term}\` must be one paragraph`)
    }
    const children: PhrasingContent[] = [
      { type: 'strong', children: [{ type: 'text', value: term }] },
      { type: 'text', value: ': ' },
      ...first.children,
    ]
    body.push({ type: 'paragraph', children })
  }
  const mark = {
    id: clause.meta.id,
    version: clause.meta.version,
    bookmark: bookmarkName(clause.meta.id),
  }
  return numberClause(number, clause.meta.title, mark, body)
}
