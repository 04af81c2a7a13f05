import type { Catalog } from '@betterforus/clauses'
import type { Regime } from '@betterforus/questionnaire'
import type { DocumentPlan } from './build-document.js'
import type { Provenance } from './pack-tree.js'
import type { ClauseDecision } from './select-clauses.js'
import { generatorName, generatorVersion } from './version.generated.js'

/** The library as provenance names it: `<name>@<version>`. */
export function libraryName(catalog: Catalog): string {
  return `${catalog.library.name}@${catalog.library.version}`
}

/**
 * What a document says it was made from: the library, generator and document versions, each
 * clause it holds as `id@version` with the start of its file's SHA-256 (the drafting memo: every
 * included clause), the data version, the answers' hash and the regime.
 */
export function documentProvenance(
  plan: DocumentPlan,
  context: {
    catalog: Catalog
    decisions: readonly ClauseDecision[]
    answersSha256: string
    regime: Regime
    /** The council layer over the library, if any. */
    layer?: { name: string; version: string; logo?: string }
  },
): Provenance {
  const { catalog, decisions } = context
  const { meta } = plan.document
  const held = (
    meta.kind === 'memo'
      ? decisions.filter((decision) => decision.included)
      : plan.clauses.map((clause) => clause.meta)
  ).map((clause) => ({ id: clause.id, idAtVersion: `${clause.id}@${clause.version}` }))
  const sha256 = new Map(catalog.clauses.map((clause) => [clause.meta.id, clause.sha256]))
  return {
    library: libraryName(catalog),
    generator: `${generatorName}@${generatorVersion}`,
    document: `${meta.id}@${meta.version}`,
    clauses: held.map((clause) => clause.idAtVersion),
    clauseHashes: Object.fromEntries(
      held.map((clause) => [clause.idAtVersion, (sha256.get(clause.id) ?? '').slice(0, 16)]),
    ),
    dataVersion: catalog.data.version,
    answersSha256: context.answersSha256,
    regime: context.regime,
    ...(context.layer && { layer: `${context.layer.name}@${context.layer.version}` }),
    ...(context.layer?.logo !== undefined && { layerLogo: context.layer.logo }),
  }
}
