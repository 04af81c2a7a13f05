import type { Catalog } from '@betterforus/clauses'
import {
  type Answers,
  answersSha256,
  createFacts,
  deriveRegime,
  getAnswer,
} from '@betterforus/questionnaire'
import type { PhrasingContent } from 'mdast'
import { bookmarkName } from './bookmark-name.js'
import { buildDocument } from './build-document.js'
import { documentProvenance, libraryName } from './document-provenance.js'
import { findUnusedAnswers } from './find-unused-answers.js'
import { formatCover } from './format-cover.js'
import { GenerationError } from './generation-error.js'
import type { Manifest } from './manifest.js'
import { packDateProblem } from './pack-date-problem.js'
import type { PackDocument } from './pack-tree.js'
import { numberClauses, pickDocuments, planDocuments } from './plan-documents.js'
import { selectClauses } from './select-clauses.js'
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
  /** The council layer laid over the library, recorded in provenance beside it. */
  layer?: LayerInfo
}

/** What a pack records of a council layer (see `docs/council-layer.md`). */
export interface LayerInfo {
  /** The layer package's name, such as `@riverside-council/betterforus-layer`. */
  name: string
  /** Its version, such as `1.0.0`. */
  version: string
  /** Its logo, as a path inside the layer, such as `house-style/logo.png`. */
  logo?: string
  /** The answers the layer's defaults gave (ids), each listed in the drafting memo. */
  defaults?: readonly string[]
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
  const plans = planDocuments(catalog, copy, included)
  const numbers = numberClauses(plans)
  const wanted = pickDocuments(plans, options.documents)

  const problems: string[] = []
  const answersHash = answersSha256(answers)
  const input = { questionnaire: catalog.questionnaire, answers, regime, data: catalog.data }
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
    const provenance = documentProvenance(plan, {
      catalog,
      decisions,
      answersSha256: answersHash,
      regime,
      ...(options.layer && { layer: options.layer }),
    })
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
      memo: { decisions, placeOf, defaults: options.layer?.defaults ?? [] },
    })
  })
  if (problems.length > 0) throw new GenerationError(problems)

  const manifest: Manifest = {
    library: libraryName(catalog),
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
    ...(options.layer && {
      layer: {
        name: options.layer.name,
        version: options.layer.version,
        defaults: [...(options.layer.defaults ?? [])],
      },
    }),
  }
  return { documents, manifest }
}
