import type { VFile } from 'vfile'
import { findPlaceholder } from '../find-placeholder.js'
import { type Regime, regimes } from '../schemas/common.js'
import type { CatalogSource, TemplateSource } from './catalog-source.js'
import { citeGuards } from './cite-guards.js'
import { decideKnown, type RegimeFacts, regimeFacts } from './decide-in-regime.js'

type Report = (file: VFile, reason: string, ruleId: string) => void

/** Whether a provision applies to some packs of its regimes and not to others. */
function isScoped(catalog: CatalogSource, id: string): boolean {
  const applies = catalog.data.provisions[id]?.applies
  return (
    applies !== undefined &&
    (applies.nations !== undefined ||
      applies.not_authorities !== undefined ||
      applies.from !== undefined ||
      applies.from_welsh_devolved !== undefined)
  )
}

/**
 * The data: no form holds a placeholder, and the last form of each topic and regime applies to
 * every pack of the regime, so `cite` always has something to print.
 */
function checkForms(catalog: CatalogSource, file: VFile, report: Report) {
  for (const [topic, byRegime] of Object.entries(catalog.data.citations)) {
    for (const [regime, forms] of Object.entries(byRegime ?? {})) {
      for (const form of forms) {
        for (const text of [form.full, form.short]) {
          const placeholder = findPlaceholder(text)
          if (placeholder)
            report(
              file,
              `\`${topic}\` (${regime}) holds the placeholder "${placeholder.found}" in "${text}": cite the provision, or say what applies instead without a citation`,
              'placeholder',
            )
        }
      }
      const scoped = (forms.at(-1)?.provisions ?? []).filter((id) => isScoped(catalog, id))
      if (scoped.length > 0)
        report(
          file,
          `\`${topic}\` (${regime}) ends with a form citing \`${scoped.join('`, `')}\`, which does not apply to every pack: add a last form without provisions that says what applies instead`,
          'no-citation-fallback',
        )
    }
  }
}

/**
 * A `cite` that can be printed under a regime whose topic has no form there: a clause citing a
 * provision that does not exist in that regime (such as a mutual reservation in Scotland).
 */
function checkReach(
  catalog: CatalogSource,
  template: TemplateSource,
  inRegimes: readonly Regime[],
  facts: ReadonlyMap<Regime, RegimeFacts>,
  file: VFile,
  report: Report,
) {
  for (const guard of citeGuards(template.source)) {
    const forms = catalog.data.citations[guard.topic]
    if (!forms) continue // Note: reported as unknown-citation by checkCatalog
    for (const regime of inRegimes) {
      const known = facts.get(regime) as RegimeFacts
      const reached =
        guard.regimes.has(regime) &&
        guard.answered.every((id) => known.get(id)?.every((value) => value === undefined) !== true)
      if (reached && !forms[regime])
        report(
          file,
          `\`{{cite "${guard.topic}"}}\` can be printed under ${regime}, but data/citations.yaml has no ${regime} form for \`${guard.topic}\`: leave the citation out under ${regime} (an \`{{#if (eq regime …)}}\` block, or applies.regimes), or add a form that applies there`,
          'no-citation-form',
        )
    }
  }
}

/**
 * Checks of `data/citations.yaml` and of every `cite`: forms with placeholders, topics with no
 * fallback, and citations printed under a regime that has no form for them.
 *
 * @param catalog The compiled library.
 * @param fileOf The file to report on, by path relative to the library.
 * @param report Records a fatal message.
 */
export function checkCitations(
  catalog: CatalogSource,
  fileOf: (relative: string) => VFile,
  report: Report,
): void {
  checkForms(catalog, fileOf('data/citations.yaml'), report)
  const facts = new Map(
    regimes.map((regime) => [regime, regimeFacts(catalog.questionnaire, regime)] as const),
  )
  for (const clause of catalog.clauses) {
    const { meta } = clause
    const inRegimes = meta.applies.regimes.filter(
      (regime) => decideKnown(meta.include_when, facts.get(regime) as RegimeFacts) !== false,
    )
    const file = fileOf(`clauses/${meta.id}.md`)
    for (const template of [clause.body, clause.draftingNote, clause.riskNote])
      if (template) checkReach(catalog, template, inRegimes, facts, file, report)
  }
  for (const document of catalog.documents)
    checkReach(
      catalog,
      document.intro,
      regimes,
      facts,
      fileOf(`documents/${document.meta.id}.md`),
      report,
    )
  for (const entry of catalog.glossary)
    checkReach(catalog, entry.definition, regimes, facts, fileOf('glossary.yaml'), report)
}
