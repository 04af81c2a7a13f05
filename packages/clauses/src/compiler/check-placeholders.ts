import type { VFile } from 'vfile'
import { findPlaceholder } from '../find-placeholder.js'
import type { CatalogSource, TemplateSource } from './catalog-source.js'

type Report = (file: VFile, reason: string, ruleId: string) => void

/**
 * No drafting placeholder ("to be confirmed", "[●]", TBC …) in text a bidder reads: clause
 * bodies, documents' opening text and glossary definitions. Drafting and risk notes, and the
 * drafting memo, may hold them; `data/citations.yaml` is checked by `checkCitations`.
 */
export function checkPlaceholders(
  catalog: CatalogSource,
  fileOf: (relative: string) => VFile,
  report: Report,
): void {
  const check = (template: TemplateSource, file: VFile, what: string) => {
    const placeholder = findPlaceholder(template.source)
    if (placeholder)
      report(
        file,
        `${what} holds the placeholder "${placeholder.found}" ("${placeholder.around}"): bidders read it, so state the provision or the requirement, and keep what the lawyer must check in the drafting note`,
        'placeholder',
      )
  }
  for (const clause of catalog.clauses)
    check(clause.body, fileOf(`clauses/${clause.meta.id}.md`), 'the clause text')
  for (const document of catalog.documents) {
    if (document.meta.kind === 'memo') continue
    check(document.intro, fileOf(`documents/${document.meta.id}.md`), 'the opening text')
  }
  for (const entry of catalog.glossary)
    check(entry.definition, fileOf('glossary.yaml'), `the definition of "${entry.term}"`)
}
