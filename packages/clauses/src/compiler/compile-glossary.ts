import type { z } from 'zod'
import { findTerms } from '../find-terms.js'
import type { glossaryFileSchema } from '../schemas/glossary.js'
import type { CatalogSource } from './catalog-source.js'
import { fileEndingWith } from './compile-state.js'
import { placeOf } from './place-of.js'
import { emptyUses, precompileTemplate, type TemplateState } from './precompile-template.js'

/** Each glossary entry with its definition precompiled and the other terms it uses. */
export function compileGlossary(
  state: TemplateState,
  entries: z.output<typeof glossaryFileSchema>,
): CatalogSource['glossary'] {
  const file = fileEndingWith(state, 'glossary.yaml')
  const terms = entries.map((entry) => entry.term)
  return entries.flatMap((entry) => {
    const found = emptyUses()
    const definition = precompileTemplate(
      state,
      entry.definition,
      file,
      {
        field: `definition of "${entry.term}"`,
        line: placeOf(String(file.value ?? ''), [`term: ${entry.term}`, entry.term])?.line,
      },
      found,
    )
    const uses = [...findTerms(entry.definition, terms)].filter((term) => term !== entry.term)
    return definition
      ? [{ term: entry.term, definition, uses, answers: found.answers, tests: found.tests }]
      : []
  })
}
