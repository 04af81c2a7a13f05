import { isPrototypeName, reportError } from '@betterforus/questionnaire'
import type { VFile } from 'vfile'
import { DEFINITIONS_CLAUSE } from '../definitions-clause.js'
import { findTerms } from '../find-terms.js'
import type { CatalogSource } from './catalog-source.js'
import { checkCitations } from './check-citations.js'
import { checkPlaceholders } from './check-placeholders.js'
import { placeOf } from './place-of.js'

/**
 * Report a problem on a file, placed at the first place the file names `about` (a clause id, a
 * term, a key), since these checks run on the compiled library, after positions are gone.
 */
type Report = (
  file: VFile,
  reason: string,
  ruleId: string,
  fatal?: boolean,
  about?: string | readonly string[],
) => void

/**
 * The place of the `nth` occurrence of `word` (as a whole word) in `text`, if there is one.
 *
 * @example
 *   nthWordPlace('documents: [a, b, a]', 'a', 2)
 *   //=> { place: { line: 1, column: 19 } }
 */
function nthWordPlace(
  text: string,
  word: string,
  nth: number,
): { place?: { line: number; column: number } } {
  let seen = 0
  for (const [index, line] of text.split('\n').entries()) {
    for (const match of line.matchAll(/[\w.-]+/g)) {
      if (match[0] === word && ++seen === nth) {
        return { place: { line: index + 1, column: match.index + 1 } }
      }
    }
  }
  return {}
}

/**
 * Defined terms: a clause that uses a term in its text must declare it (so the Definitions clause
 * lists it), and every glossary term must be used somewhere.
 */
function checkTerms(
  catalog: CatalogSource,
  fileOf: (relative: string) => VFile,
  report: Report,
  complete: boolean,
) {
  const terms = catalog.glossary.map((entry) => entry.term)
  const used = new Set(catalog.glossary.flatMap((entry) => entry.uses))
  for (const document of catalog.documents) {
    for (const term of findTerms(document.intro.source, terms)) used.add(term)
  }
  for (const { meta, body, uses } of catalog.clauses) {
    const file = fileOf(`clauses/${meta.id}.md`)
    const declared = new Set([
      ...meta.definitions.introduces,
      ...meta.definitions.uses,
      ...uses.terms,
    ])
    const inText = findTerms(body.source, terms)
    for (const term of inText) {
      used.add(term)
      if (!declared.has(term)) {
        report(
          file,
          `the text uses the defined term \`${term}\`: add it to definitions.uses`,
          'undeclared-term',
          true,
          term,
        )
      }
    }
    for (const term of declared) {
      used.add(term)
      if (!inText.has(term) && terms.includes(term) && meta.id !== DEFINITIONS_CLAUSE) {
        report(
          file,
          `definitions lists \`${term}\`, but the text never uses it`,
          'unused-declared-term',
          false,
          term,
        )
      }
    }
  }
  // Note: with a clause file in error, its terms are unknown; do not call them unused.
  for (const term of complete ? terms : []) {
    if (!used.has(term))
      report(
        fileOf('glossary.yaml'),
        `\`${term}\` is defined but no clause uses it`,
        'unused-term',
        true,
        term,
      )
  }
}

/**
 * Checks that need the whole library: cross-references, defined terms, citations
 * and data keys resolvable, every clause placed in exactly one document, citations printed only
 * under regimes that have them, and no placeholder in text a bidder reads.
 */
export function checkCatalog(
  catalog: CatalogSource,
  files: VFile[],
  pathOf: (relative: string) => string,
  clauseFileIds: string[],
  options: { published?: boolean } = {},
): void {
  // Note: a clause whose file has errors is not in the catalog; do not report it again as unknown.
  const broken = new Set(
    clauseFileIds.filter((id) => !catalog.clauses.some((clause) => clause.meta.id === id)),
  )
  const fileOf = (relative: string) => {
    const wanted = pathOf(relative)
    return files.find((file) => file.path === wanted) ?? (files[0] as VFile)
  }
  const report: Report = (file, reason, ruleId, fatal = true, about = []) => {
    const place = placeOf(String(file.value ?? ''), typeof about === 'string' ? [about] : about)
    if (fatal) reportError(file, reason, ruleId, place)
    else
      file.message(reason, { ruleId, source: 'betterforus', ...(place && { place }) }).fatal = false
  }

  const byId = new Set(catalog.clauses.map((clause) => clause.meta.id))

  const terms = new Set<string>()
  for (const entry of catalog.glossary) {
    if (terms.has(entry.term))
      report(
        fileOf('glossary.yaml'),
        `\`${entry.term}\` is defined twice`,
        'duplicate-term',
        true,
        entry.term,
      )
    if (isPrototypeName(entry.term))
      report(
        fileOf('glossary.yaml'),
        `the term \`${entry.term}\` is a name every JavaScript object already has, so lookups by it are unsafe: name the term differently, such as \`${entry.term} (defined)\``,
        'prototype-name',
        true,
        entry.term,
      )
    terms.add(entry.term)
  }

  const placed = new Map<string, string>()
  for (const document of catalog.documents) {
    const file = fileOf(`documents/${document.meta.id}.md`)
    for (const id of document.meta.clauses) {
      if (!byId.has(id) && !broken.has(id))
        report(file, `unknown clause \`${id}\` in \`clauses\``, 'unknown-clause', true, id)
      const other = placed.get(id)
      if (other)
        report(
          file,
          `clause \`${id}\` is already placed in \`${other}\`; a clause goes in one document`,
          'clause-placed-twice',
          true,
          id,
        )
      placed.set(id, document.meta.id)
    }
  }
  if (catalog.documents.some((document) => document.meta.definitions)) {
    // Note: the Definitions clause opens every document that asks for it, so it has no one place.
    placed.set(DEFINITIONS_CLAUSE, 'every document with `definitions: true`')
    if (!byId.has(DEFINITIONS_CLAUSE))
      report(
        fileOf('pack.yaml'),
        'a document asks for definitions but there is no clauses/definitions.md',
        'unknown-clause',
      )
  }
  const documentIds = new Set(catalog.documents.map((document) => document.meta.id))
  const listed = new Set<string>()
  for (const id of catalog.pack.documents) {
    // Note: a document listed twice would write its files twice into one pack (C4).
    if (listed.has(id)) {
      const packFile = fileOf('pack.yaml')
      packFile.message(
        `document \`${id}\` is listed twice in \`documents\`; list each document once`,
        {
          ruleId: 'duplicate-document',
          source: 'betterforus',
          ...nthWordPlace(String(packFile.value ?? ''), id, 2),
        },
      ).fatal = true
    }
    listed.add(id)
    if (!documentIds.has(id))
      report(
        fileOf('pack.yaml'),
        `unknown document \`${id}\`: add documents/${id}.md`,
        'unknown-document',
        true,
        id,
      )
  }

  checkTerms(catalog, fileOf, report, broken.size === 0)
  // Note: a published release is read as history (diff, rerender, verify --release): its
  // placeholders and missing citation forms were findings of its day, so they are warnings.
  const advisory: Report = (file, reason, ruleId, _fatal, about) =>
    report(file, reason, ruleId, false, about)
  checkCitations(catalog, fileOf, options.published ? advisory : report)
  checkPlaceholders(catalog, fileOf, options.published ? advisory : report)

  // Note: own keys only, so a topic such as `constructor` is unknown, not Object's property.
  const reportUnknownTopics = (cites: readonly string[], file: VFile) => {
    for (const topic of cites)
      if (!Object.hasOwn(catalog.data.citations, topic))
        report(
          file,
          `\`{{cite "${topic}"}}\` names no topic of data/citations.yaml`,
          'unknown-citation',
          true,
          [`"${topic}"`, topic],
        )
  }
  for (const document of catalog.documents)
    reportUnknownTopics(document.uses.cites, fileOf(`documents/${document.meta.id}.md`))
  const rateKeys = new Set(catalog.data.rates.map((rate) => `${rate.scheme}.${rate.region}`))
  for (const clause of catalog.clauses) {
    const { meta, uses } = clause
    const file = fileOf(`clauses/${meta.id}.md`)
    if (!placed.has(meta.id))
      report(
        file,
        `clause \`${meta.id}\` is in no document: add it to one in documents/`,
        'unplaced-clause',
        false,
        `id: ${meta.id}`,
      )
    for (const regime of meta.applies.regimes) {
      if (!meta.legal_basis[regime])
        report(
          file,
          `legal_basis has no entry for \`${regime}\`, which applies.regimes lists`,
          'missing-legal-basis',
          true,
          'legal_basis',
        )
    }
    for (const id of uses.refs) {
      // Note: a clause whose file has errors is reported there, not again as unknown.
      if (broken.has(id)) continue
      if (!byId.has(id))
        report(file, `\`{{ref "${id}"}}\` names no clause`, 'unknown-clause', true, [`"${id}"`, id])
      else if (!placed.has(id))
        report(
          file,
          `\`{{ref "${id}"}}\` names a clause that is in no document`,
          'unknown-clause',
          true,
          [`"${id}"`, id],
        )
    }
    for (const term of [...uses.terms, ...meta.definitions.introduces, ...meta.definitions.uses]) {
      if (!terms.has(term))
        report(file, `\`${term}\` is not defined in glossary.yaml`, 'undefined-term', true, term)
    }
    reportUnknownTopics(uses.cites, file)
    for (const key of meta.data ?? []) {
      if (!rateKeys.has(key) && !Object.hasOwn(catalog.data.thresholds, key))
        report(
          file,
          `data key \`${key}\` is neither a rate (scheme.region) of data/rates.yaml nor a key of data/thresholds.yaml`,
          'unknown-data',
          true,
          key,
        )
    }
  }
}
