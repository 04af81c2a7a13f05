import type { CatalogData } from './catalog-types.js'
import { provisionApplies, type ScopeFacts } from './provision-applies.js'
import type { Citation } from './schemas/data.js'

/**
 * The form of a topic that a pack prints: the first of the regime's forms whose provisions all
 * apply to the pack's scope (a form with no provisions always does: the fallback).
 *
 * @param data The catalog's data: provisions and citations.
 * @param topic A topic of `data/citations.yaml`.
 * @param facts The pack's scope.
 * @returns The form, or undefined when the topic has no form that applies.
 */
export function selectCitation(
  data: Pick<CatalogData, 'provisions' | 'citations'>,
  topic: string,
  facts: ScopeFacts,
): Citation | undefined {
  const forms = data.citations[topic]?.[facts.regime] ?? []
  return forms.find((form) =>
    (form.provisions ?? []).every((id) => {
      const provision = data.provisions[id]
      return provision !== undefined && provisionApplies(provision, facts)
    }),
  )
}
