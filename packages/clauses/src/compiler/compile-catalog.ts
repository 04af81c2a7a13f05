import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import {
  listQuestions,
  parseQuestionnaire,
  type Questionnaire,
  reportError,
} from '@betterforus/questionnaire'
import { closest, distance } from 'fastest-levenshtein'
import Handlebars from 'handlebars'
import { VFile } from 'vfile'
import type { z } from 'zod'
import type { TemplateUses } from '../catalog-types.js'
import { findTerms } from '../find-terms.js'
import { clauseFrontMatterSchema } from '../schemas/clause-front-matter.js'
import { regimeSchema } from '../schemas/common.js'
import {
  citationsFileSchema,
  type Rate,
  ratesFileSchema,
  thresholdsFileSchema,
} from '../schemas/data.js'
import { documentFrontMatterSchema } from '../schemas/document-front-matter.js'
import { glossaryFileSchema } from '../schemas/glossary.js'
import { packFileSchema } from '../schemas/pack.js'
import type { CatalogSource, TemplateSource } from './catalog-source.js'
import { checkCatalog } from './check-catalog.js'
import { checkCondition } from './check-condition.js'
import type { HelperContext } from './check-helper-arguments.js'
import { checkLibrary } from './check-library.js'
import { checkTemplate, type TemplateScope } from './check-template.js'
import { compileOptions } from './compile-options.js'
import { normaliseText } from './normalise-text.js'
import { placeOf } from './place-of.js'
import { readYaml } from './read-yaml.js'
import { splitFrontMatter } from './split-front-matter.js'

export interface CompileResult {
  /** The compiled library, or undefined when any file has an error. */
  catalog: CatalogSource | undefined
  /** One file per template file read, with its messages. */
  files: VFile[]
}

const emptyUses = (): TemplateUses => ({ answers: [], refs: [], terms: [], cites: [], tests: [] })

function scopeOf(
  questionnaire: Questionnaire | undefined,
  data: { rates: Rate[] | undefined; thresholds: Record<string, unknown> | undefined },
): TemplateScope {
  const names = new Set(['regime', ...(questionnaire ? listIds(questionnaire) : [])])
  const types: HelperContext['types'] = new Map([
    ['regime', { type: 'one-of', options: regimeSchema.options }],
    ...(questionnaire ? listQuestions(questionnaire) : []).map(
      (question) =>
        [
          question.id,
          { type: question.type, options: question.options?.map((option) => option.value) },
        ] as const,
    ),
  ])
  // Note: with a data file in error its keys are unknown; leave helper arguments unchecked.
  const helpers =
    questionnaire && data.rates && data.thresholds
      ? { types, rates: data.rates, thresholds: new Set(Object.keys(data.thresholds)) }
      : undefined
  return {
    names,
    ...(helpers && { helpers }),
    suggest(name) {
      const best = closest(name, [...names])
      return distance(name, best) <= Math.max(2, name.length / 4) ? best : undefined
    },
  }
}

function listIds(questionnaire: Questionnaire): string[] {
  return questionnaire.sections.flatMap((section) =>
    section.questions.map((question) => question.id),
  )
}

/**
 * Read and check every file of a templates folder and compile it into a catalog: front matter
 * validated, every template's names checked, every template precompiled.
 *
 * @param directory The `templates/` folder.
 * @param library The name and version the catalog is published as.
 * @param options `published`: a release read as history, whose placeholders and missing citation
 *   forms are warnings, not errors.
 */
export async function compileCatalog(
  directory: string,
  library: { name: string; version: string },
  options: { published?: boolean } = {},
): Promise<CompileResult> {
  const files: VFile[] = []
  const open = async (relative: string) => {
    const file = new VFile({ path: path.join(directory, relative) })
    files.push(file)
    try {
      file.value = normaliseText(await readFile(file.path, 'utf8'))
    } catch {
      reportError(file, `cannot read \`${relative}\`: add the file`, 'missing-file')
    }
    return file
  }
  const yamlFile = async <T extends z.ZodType>(relative: string, schema: T) => {
    const file = await open(relative)
    return file.messages.length > 0 ? undefined : readYaml(String(file.value), schema, file)
  }
  /** The Markdown files of a folder, or none after a message when the folder cannot be read. */
  const listMarkdown = async (folder: string) => {
    try {
      return (await readdir(path.join(directory, folder)))
        .filter((name) => name.endsWith('.md'))
        .sort()
    } catch {
      const file = new VFile({ path: path.join(directory, folder) })
      files.push(file)
      reportError(
        file,
        `cannot read the folder \`${folder}/\`: add it, with one .md file per ${folder === 'clauses' ? 'clause' : 'document'}`,
        'missing-file',
      )
      return []
    }
  }

  // Note: typed as text by the caller, but read from a fork's package.json, so checked as unknown.
  const packageFile = new VFile({ path: path.join(directory, 'package.json') })
  if (!checkLibrary(library, packageFile)) files.push(packageFile)

  const questionnaireFile = await open('questionnaire.yaml')
  const parsed = parseQuestionnaire(String(questionnaireFile.value ?? ''), questionnaireFile.path)
  for (const message of parsed.file.messages) questionnaireFile.messages.push(message)
  const questionnaire = parsed.questionnaire

  /** Check and precompile one template, adding what it uses to `uses`. */
  const precompile = (
    source: string,
    file: VFile,
    where: Parameters<typeof checkTemplate>[3],
    uses: TemplateUses = emptyUses(),
  ): TemplateSource | undefined => {
    const before = file.messages.length
    const found = checkTemplate(source, file, scope, where)
    if (!found || file.messages.length > before) return undefined
    for (const key of Object.keys(uses) as Array<keyof TemplateUses>)
      (uses[key] as unknown[]).push(...found[key])
    try {
      return { source, spec: String(Handlebars.precompile(source, compileOptions)) }
    } catch (error) {
      reportError(file, `cannot compile template: ${(error as Error).message}`, 'template-compile')
      return undefined
    }
  }

  const pack = await yamlFile('pack.yaml', packFileSchema)
  const glossaryEntries = (await yamlFile('glossary.yaml', glossaryFileSchema)) ?? []
  const rates = await yamlFile('data/rates.yaml', ratesFileSchema)
  const thresholds = await yamlFile('data/thresholds.yaml', thresholdsFileSchema)
  const citations = await yamlFile('data/citations.yaml', citationsFileSchema)
  const scope = scopeOf(questionnaire, { rates: rates?.rates, thresholds: thresholds?.thresholds })

  const glossaryFile = files.find((file) => file.path.endsWith('glossary.yaml')) as VFile
  const terms = glossaryEntries.map((entry) => entry.term)
  const glossary = glossaryEntries.flatMap((entry) => {
    const found = emptyUses()
    const definition = precompile(
      entry.definition,
      glossaryFile,
      {
        field: `definition of "${entry.term}"`,
        line: placeOf(String(glossaryFile.value ?? ''), [`term: ${entry.term}`, entry.term])?.line,
      },
      found,
    )
    const uses = [...findTerms(entry.definition, terms)].filter((term) => term !== entry.term)
    return definition
      ? [{ term: entry.term, definition, uses, answers: found.answers, tests: found.tests }]
      : []
  })

  const clauses: CatalogSource['clauses'] = []
  const clauseFiles = await listMarkdown('clauses')
  const clauseFileById = new Map<string, VFile>()
  for (const name of clauseFiles) {
    const file = await open(`clauses/${name}`)
    const text = String(file.value ?? '')
    const split = splitFrontMatter(text, file)
    if (!split) continue
    const meta = readYaml(split.yaml, clauseFrontMatterSchema, file, { lineOffset: 1 })
    if (!meta) continue
    const idLine = split.yaml.split('\n').findIndex((line) => line.startsWith('id:')) + 2
    if (`${meta.id}.md` !== name) {
      reportError(file, `id \`${meta.id}\` must match the file name \`${name}\``, 'id-file-name', {
        line: idLine,
        column: 1,
      })
    }
    const first = clauseFileById.get(meta.id)
    if (first) {
      reportError(
        file,
        `duplicate clause id \`${meta.id}\`: also in ${path.relative(directory, first.path)}`,
        'duplicate-id',
        { line: idLine, column: 1 },
      )
    }
    clauseFileById.set(meta.id, file)
    if (questionnaire) {
      // Note: the front matter's own line is found in the text, after the parser's positions are
      // gone; the file's first line is `---`, hence the leading newline.
      const conditionAt = placeOf(`\n${text}`, ['\ninclude_when:'])
      for (const problem of checkCondition(meta.include_when, questionnaire)) {
        reportError(
          file,
          `include_when: ${problem}`,
          'invalid-condition',
          conditionAt && { line: conditionAt.line, column: 1 },
        )
      }
    }
    const uses = emptyUses()
    const body = precompile(split.body, file, { lineOffset: split.bodyLineOffset }, uses)
    const fieldAt = (field: string) => ({
      field,
      line: placeOf(`\n${text}`, [`\n${field}:`])?.line,
    })
    const draftingNote = precompile(meta.drafting_note, file, fieldAt('drafting_note'), uses)
    const riskNote =
      meta.risk_note === undefined
        ? undefined
        : precompile(meta.risk_note, file, fieldAt('risk_note'), uses)
    if (!body || !draftingNote || (meta.risk_note !== undefined && !riskNote)) continue
    clauses.push({
      meta,
      body,
      draftingNote,
      riskNote,
      uses,
      sha256: createHash('sha256').update(text).digest('hex'),
    })
  }

  const documents: CatalogSource['documents'] = []
  for (const name of await listMarkdown('documents')) {
    const file = await open(`documents/${name}`)
    const split = splitFrontMatter(String(file.value ?? ''), file)
    if (!split) continue
    const meta = readYaml(split.yaml, documentFrontMatterSchema, file, { lineOffset: 1 })
    if (!meta) continue
    if (`${meta.id}.md` !== name)
      reportError(file, `id \`${meta.id}\` must match the file name \`${name}\``, 'id-file-name')
    const uses = emptyUses()
    const intro = precompile(split.body, file, { lineOffset: split.bodyLineOffset }, uses)
    if (intro) documents.push({ meta, intro, uses })
  }

  const packFile = files.find((file) => file.path.endsWith('pack.yaml')) as VFile
  const packField = (field: string) => ({
    field,
    line: placeOf(`\n${String(packFile.value ?? '')}`, [`\n${field}:`])?.line,
  })
  const drafterNotice = pack
    ? precompile(pack.drafter_notice, packFile, packField('drafter_notice'))
    : undefined

  const staleRateNotice =
    pack?.stale_rate_notice === undefined
      ? undefined
      : precompile(pack.stale_rate_notice, packFile, packField('stale_rate_notice'))

  if (!questionnaire || !pack || !drafterNotice || !rates || !thresholds || !citations) {
    return { catalog: undefined, files }
  }
  const catalog: CatalogSource = {
    library,
    pack: { title: pack.title, documents: pack.documents, drafterNotice, staleRateNotice },
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
  checkCatalog(
    catalog,
    files,
    directory,
    clauseFiles.map((name) => name.slice(0, -3)),
    options,
  )
  const failed = files.some((file) => file.messages.some((message) => message.fatal))
  return { catalog: failed ? undefined : catalog, files }
}
