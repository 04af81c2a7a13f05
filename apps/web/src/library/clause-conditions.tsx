import { type CatalogClause, clauseInputs, contractTypes, nations } from '@betterforus/clauses'
import { type Described, describeCondition } from './describe-condition.js'
import { catalog, model, questionPageOf, questionsBehind } from './library-context.js'
import { contractTypeName, NATION_NAMES, nameOf, REGIME_NAMES } from './library-names.js'

const questionOf = (id: string) => model.questionOf.get(id)

/**
 * When a pack includes a clause, in words, from the data `clauseApplies` reads: its regime, nation
 * and contract type lists (each only where it narrows, as `clauseInputs` says), then its
 * `include_when`.
 */
export function describeInclusion(meta: CatalogClause['meta']): Described[] {
  const inputs = new Set(clauseInputs(meta))
  const lines: Described[] = []
  if (meta.status === 'withdrawn') return [{ text: 'Never: the clause is withdrawn.' }]
  if (inputs.has('regime'))
    lines.push({
      text: `The procurement is under the ${meta.applies.regimes.map((r) => nameOf(REGIME_NAMES, r)).join(' or the ')}`,
    })
  if (inputs.has('authority.nation') && meta.applies.nations.length < nations.length)
    lines.push({
      text: `The contracting authority is in ${meta.applies.nations.map((n) => nameOf(NATION_NAMES, n)).join(' or ')}`,
    })
  if (inputs.has('contract.type') && meta.applies.contract_types.length < contractTypes.length)
    lines.push({
      text: `The contract is for ${meta.applies.contract_types.map((t) => contractTypeName(t).toLowerCase()).join(' or ')}`,
    })
  lines.push(describeCondition(meta.include_when, questionOf))
  return lines
}

function DescribedList({ items }: { items: Described[] }) {
  return (
    <ul class="govuk-list govuk-list--bullet">
      {items.map((item, index) => (
        <li key={index}>
          {item.text}
          {item.children && <DescribedList items={item.children} />}
        </li>
      ))}
    </ul>
  )
}

/** A clause's condition as a list, every part of which must hold. */
export function ClauseConditions({ meta }: { meta: CatalogClause['meta'] }) {
  return <DescribedList items={describeInclusion(meta)} />
}

/** Links to the questionnaire pages whose answers decide whether a clause is included. */
export function DecidingQuestions({ meta }: { meta: CatalogClause['meta'] }) {
  const ids = [...new Set(clauseInputs(meta).flatMap(questionsBehind))]
  const pages = ids.flatMap((id) => {
    const page = questionPageOf(id)
    const question = questionOf(id)
    return page && question ? [{ id, page, text: question.text }] : []
  })
  if (pages.length === 0)
    return <p class="govuk-body">No answer decides it: every pack where it applies includes it.</p>
  return (
    <ul class="govuk-list">
      {pages.map(({ id, page, text }) => (
        <li key={id}>
          <a class="govuk-link" href={`#/question/${encodeURIComponent(page)}`}>
            {text}
          </a>
        </li>
      ))}
    </ul>
  )
}

export { catalog }
