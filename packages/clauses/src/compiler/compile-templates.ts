import { parseQuestionnaire, type Questionnaire } from '@betterforus/questionnaire'
import { VFile } from 'vfile'
import { citationsFileSchema, ratesFileSchema, thresholdsFileSchema } from '../schemas/data.js'
import { glossaryFileSchema } from '../schemas/glossary.js'
import { packFileSchema } from '../schemas/pack.js'
import type { CatalogSource, TemplateSource } from './catalog-source.js'
import { checkCatalog } from './check-catalog.js'
import { checkLibrary } from './check-library.js'
import { compileClauses } from './compile-clauses.js'
import { compileDocuments } from './compile-documents.js'
import { compileGlossary } from './compile-glossary.js'
import { type CompileState, fileEndingWith, openFile, readYamlFile } from './compile-state.js'
import { placeOf } from './place-of.js'
import { precompileTemplate, type TemplateState } from './precompile-template.js'
import type { TemplateFiles } from './template-files.js'
import { templateScope } from './template-scope.js'

export interface CompileResult {
  /** The compiled library, or undefined when any file has an error. */
  catalog: CatalogSource | undefined
  /** One file per template file read, with its messages. */
  files: VFile[]
}

/**
 * Read and check every file of a library's templates and compile them into a catalog: front
 * matter validated, every template's names checked, every template precompiled. Runs in Node and
 * in a browser alike (`compileCatalog` reads a folder).
 *
 * @param source The library's template files.
 * @param library The name and version the catalog is published as.
 * @param options `published`: a release read as history, whose placeholders and missing citation
 *   forms are warnings, not errors.
 */
export async function compileTemplates(
  source: TemplateFiles,
  library: { name: string; version: string },
  options: { published?: boolean } = {},
): Promise<CompileResult> {
  const state: CompileState = { source, files: [] }
  // Note: typed as text by the caller, but read from a fork's package.json, so checked as unknown.
  const packageFile = new VFile({ path: source.pathOf('package.json') })
  if (!checkLibrary(library, packageFile)) state.files.push(packageFile)

  const questionnaire = await readQuestionnaire(state)
  const pack = await readYamlFile(state, 'pack.yaml', packFileSchema)
  const glossaryEntries = (await readYamlFile(state, 'glossary.yaml', glossaryFileSchema)) ?? []
  const rates = await readYamlFile(state, 'data/rates.yaml', ratesFileSchema)
  const thresholds = await readYamlFile(state, 'data/thresholds.yaml', thresholdsFileSchema)
  const citations = await readYamlFile(state, 'data/citations.yaml', citationsFileSchema)
  const templates: TemplateState = {
    ...state,
    scope: templateScope(questionnaire, {
      rates: rates?.rates,
      thresholds: thresholds?.thresholds,
    }),
  }

  const glossary = compileGlossary(templates, glossaryEntries)
  const { clauses, fileIds } = await compileClauses(templates, questionnaire)
  const documents = await compileDocuments(templates)
  const notices = pack ? compilePackNotices(templates, pack) : undefined

  if (!questionnaire || !pack || !notices || !rates || !thresholds || !citations) {
    return { catalog: undefined, files: state.files }
  }
  const catalog: CatalogSource = {
    library,
    pack: { title: pack.title, documents: pack.documents, ...notices },
    questionnaire,
    clauses,
    documents,
    glossary,
    data: {
      version: `rates ${rates.version}; thresholds ${thresholds.version}`,
      rates: rates.rates,
      thresholds: thresholds.thresholds,
      provisions: citations.provisions,
      citations: citations.citations,
    },
  }
  checkCatalog(catalog, state.files, source.pathOf, fileIds, options)
  const failed = state.files.some((file) => file.messages.some((message) => message.fatal))
  return { catalog: failed ? undefined : catalog, files: state.files }
}

/** The questionnaire, with its parser's messages on its file. */
async function readQuestionnaire(state: CompileState): Promise<Questionnaire | undefined> {
  const file = await openFile(state, 'questionnaire.yaml')
  const parsed = parseQuestionnaire(String(file.value ?? ''), file.path)
  for (const message of parsed.file.messages) file.messages.push(message)
  return parsed.questionnaire
}

/** The pack's drafter notice and stale-rate notice, precompiled; undefined when one fails. */
function compilePackNotices(
  state: TemplateState,
  pack: { drafter_notice: string; stale_rate_notice?: string | undefined },
): { drafterNotice: TemplateSource; staleRateNotice: TemplateSource | undefined } | undefined {
  const file = fileEndingWith(state, 'pack.yaml')
  const at = (field: string) => ({
    field,
    line: placeOf(`\n${String(file.value ?? '')}`, [`\n${field}:`])?.line,
  })
  const drafterNotice = precompileTemplate(state, pack.drafter_notice, file, at('drafter_notice'))
  const staleRateNotice =
    pack.stale_rate_notice === undefined
      ? undefined
      : precompileTemplate(state, pack.stale_rate_notice, file, at('stale_rate_notice'))
  return drafterNotice ? { drafterNotice, staleRateNotice } : undefined
}
