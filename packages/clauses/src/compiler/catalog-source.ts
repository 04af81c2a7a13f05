import type { Questionnaire } from '@betterforus/questionnaire'
import type { CatalogData, TemplateTest, TemplateUses } from '../catalog-types.js'
import type { ClauseFrontMatter } from '../schemas/clause-front-matter.js'
import type { DocumentFrontMatter } from '../schemas/document-front-matter.js'

/** A template as text and as a precompiled Handlebars specification (JavaScript source). */
export interface TemplateSource {
  source: string
  spec: string
}

/** The compiled library before its templates are turned into functions. */
export interface CatalogSource {
  library: { name: string; version: string }
  pack: {
    title: string
    documents: string[]
    drafterNotice: TemplateSource
    staleRateNotice: TemplateSource | undefined
  }
  questionnaire: Questionnaire
  clauses: Array<{
    meta: ClauseFrontMatter
    body: TemplateSource
    draftingNote: TemplateSource
    riskNote: TemplateSource | undefined
    uses: TemplateUses
    sha256: string
  }>
  documents: Array<{ meta: DocumentFrontMatter; intro: TemplateSource; uses: TemplateUses }>
  glossary: Array<{
    term: string
    definition: TemplateSource
    uses: string[]
    answers: string[]
    tests: TemplateTest[]
  }>
  data: CatalogData
}
