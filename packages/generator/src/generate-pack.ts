import { type Catalog, type CatalogClause, documentClauseIds } from '@betterforus/clauses'
import {
  type Answers,
  answersSha256,
  createFacts,
  deriveRegime,
  getAnswer,
} from '@betterforus/questionnaire'
import type { PhrasingContent } from 'mdast'
import { bookmarkName } from './bookmark-name.js'
import { buildDocument, type DocumentPlan } from './build-document.js'
import { findUnusedAnswers } from './find-unused-answers.js'
import { formatCover } from './format-cover.js'
import { GenerationError } from './generation-error.js'
import type { Manifest } from './manifest.js'
import { packDateProblem } from './pack-date-problem.js'
import type { PackDocument, Provenance } from './pack-tree.js'
import { selectClauses } from './select-clauses.js'
import { UnknownDocumentError } from './unknown-document-error.js'
import { generatorName, generatorVersion } from './version.generated.js'

export interface GenerateOptions {
  /** The clause library: `catalog` from `@betterforus/clauses`, or a council's compiled fork. */
  catalog: Catalog
  /** `drafter` carries drafting and risk notes; `issue` is the clean copy. */
  copy: 'drafter' | 'issue'
  /**
   * Build only these documents (ids); default every document of the pack. Numbers and
   * cross-references are those of the whole pack either way.
   */
  documents?: readonly string[]
}

/** A tender pack: one tree per document, and the manifest. */
export interface Pack {
  documents: PackDocument[]
  manifest: Manifest
}

/**
 * Build the tender pack from validated answers: select the clauses, number them, resolve
 * cross-references and build one tree per document, from which both writers work.
 *
 * @param answers Answers validated by `parseAnswers` of `@betterforus/questionnaire`.
 * @param options The catalog and the copy.
 * @returns The pack.
 * @throws {UnknownDocumentError} When `options.documents` names a document the pack lacks.
 * @throws {GenerationError} When a clause refers to a clause these answers leave out, or the
 *   pack's date is before the first rate in the data.
 */
export function generatePack(answers: Answers, options: GenerateOptions): Pack {
  const { catalog, copy } = options
  if (copy !== 'drafter' && copy !== 'issue') {
    throw new TypeError(`Expected copy \`drafter\` or \`issue\`, not \`${String(copy)}\``)
  }
  const dateProblem = packDateProblem(catalog.data, String(getAnswer(answers, 'document.date')))
  if (dateProblem) throw new GenerationError([dateProblem])
  const regime = deriveRegime(answers)
  const facts = createFacts(answers)
  const decisions = selectClauses(catalog, facts)
  const included = new Set(
    decisions.filter((decision) => decision.included).map((decision) => decision.id),
  )
  const clauseById = new Map(catalog.clauses.map((clause) => [clause.meta.id, clause]))

  // Note: the drafting memo holds every note, so the clean issue copy leaves it out.
  const plans: DocumentPlan[] = catalog.pack.documents.flatMap((id) => {
    const document = catalog.documents.find((candidate) => candidate.meta.id === id)
    if (!document) throw new TypeError(`The catalog's pack names a missing document \`${id}\``)
    if (document.meta.kind === 'memo' && copy === 'issue') return []
    const clauses = documentClauseIds(document)
      .filter((clauseId) => included.has(clauseId))
      .map((clauseId) => clauseById.get(clauseId) as CatalogClause)
    return [{ document, clauses }]
  })
  const numbers = new Map<string, { number: string; document: DocumentPlan }>()
  for (const plan of plans) {
    plan.clauses.forEach((clause, index) => {
      if (!numbers.has(clause.meta.id))
        numbers.set(clause.meta.id, { number: String(index + 1), document: plan })
    })
  }

  const problems: string[] = []
  const answersHash = answersSha256(answers)
  const input = { questionnaire: catalog.questionnaire, answers, regime, data: catalog.data }
  const only = options.documents
  const unknown = only?.filter((id) => !plans.some((plan) => plan.document.meta.id === id)) ?? []
  if (unknown.length > 0) {
    throw new UnknownDocumentError(
      unknown,
      plans.map((plan) => plan.document.meta.id),
    )
  }
  const wanted = only ? plans.filter((plan) => only.includes(plan.document.meta.id)) : plans
  const documents = wanted.map((plan) => {
    const resolveRefFrom =
      (from: string) =>
      (target: string): PhrasingContent => {
        const at = numbers.get(target)
        if (!at) {
          const why =
            decisions.find((decision) => decision.id === target)?.reason ?? 'no such clause'
          problems.push(
            `\`${from}\` refers to clause \`${target}\`, which these answers leave out (${why})`,
          )
          return { type: 'text', value: target }
        }
        const same = at.document === plan
        return {
          type: 'crossReference',
          clauseId: target,
          number: at.number,
          label: same ? at.number : `${at.number} of the ${at.document.document.meta.title}`,
          ...(same && { bookmark: bookmarkName(target) }),
        }
      }
    const clauseIds = (
      plan.document.meta.kind === 'memo'
        ? decisions.filter((decision) => decision.included)
        : plan.clauses.map((clause) => clause.meta)
    ).map((clause) => ({ id: clause.id, version: clause.version }))
    const provenance: Provenance = {
      library: `${catalog.library.name}@${catalog.library.version}`,
      generator: `${generatorName}@${generatorVersion}`,
      document: `${plan.document.meta.id}@${plan.document.meta.version}`,
      clauses: clauseIds.map((clause) => `${clause.id}@${clause.version}`),
      clauseHashes: Object.fromEntries(
        clauseIds.map((clause) => [
          `${clause.id}@${clause.version}`,
          (clauseById.get(clause.id)?.sha256 ?? '').slice(0, 16),
        ]),
      ),
      dataVersion: catalog.data.version,
      answersSha256: answersHash,
      regime,
    }
    const info = {
      id: plan.document.meta.id,
      version: plan.document.meta.version,
      title: plan.document.meta.title,
      copy,
      date: String(getAnswer(answers, 'document.date')),
      cover: formatCover(answers),
      provenance,
    }
    const placeOf = (clauseId: string) => {
      const at = numbers.get(clauseId)
      const order = at ? plans.indexOf(at.document) : -1
      return at && { number: Number(at.number), title: at.document.document.meta.title, order }
    }
    return buildDocument(plan, {
      catalog,
      input,
      info,
      resolveRefFrom,
      memo: { decisions, placeOf },
    })
  })
  if (problems.length > 0) throw new GenerationError(problems)

  const manifest: Manifest = {
    library: `${catalog.library.name}@${catalog.library.version}`,
    generator: `${generatorName}@${generatorVersion}`,
    regime,
    copy,
    answersSha256: answersHash,
    dataVersion: catalog.data.version,
    documents: documents.map((tree) => ({
      id: tree.data.id,
      version: tree.data.version,
      title: tree.data.title,
      clauses: tree.data.provenance.clauses,
    })),
    clauses: decisions.map((decision) => {
      const number = decision.included ? numbers.get(decision.id)?.number : undefined
      return { ...decision, ...(number && { number }) }
    }),
    unusedAnswers: findUnusedAnswers(catalog, answers, included),
  }
  return { documents, manifest }
}
