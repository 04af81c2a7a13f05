import { catalog, clauseInputs } from '@betterforus/clauses'
import { describe, expect, it } from 'vitest'
import { buildModel } from '../app/questionnaire-model.js'
import { buildClauseIndex } from './clause-index.js'
import { renderClauseText, textOf } from './clause-text.js'
import { describeCondition } from './describe-condition.js'
import { filterClauses, readFilters, writeFilters } from './filter-clauses.js'
import { fieldLabel, placeholderAnswers } from './placeholder-answers.js'

const model = buildModel(catalog.questionnaire)
const questionOf = (id: string) => model.questionOf.get(id)
const today = '2026-12-07'
const index = buildClauseIndex(catalog, today)
const clause = (id: string) => {
  const found = catalog.clauses.find((candidate) => candidate.meta.id === id)
  if (!found) throw new Error(id)
  return found
}

describe('the clause index', () => {
  it('lists every clause with its documents', () => {
    expect(index).toHaveLength(catalog.clauses.length)
    expect(index.length).toBeGreaterThanOrEqual(50)
    const rlw = index.find((entry) => entry.id === 'pay-rlw-require')
    expect(rlw?.documents).toContain('doc-contract-schedule')
    expect(rlw?.searchText).toContain('real living wage')
    // The search reads what the page shows: fields by label, never a stand-in number.
    const award = index.find((entry) => entry.id === 'sv-award-criteria')
    expect(award?.searchText).toContain(fieldLabel('contract.estimatedValue'))
    for (const entry of index) expect(entry.searchText, entry.id).not.toMatch(/99\d{5}|\uE000/)
  })

  it('filters: AND across groups, OR within one, every search word', () => {
    const all = readFilters('')
    expect(filterClauses(index, all)).toHaveLength(index.length)
    const scotland = filterClauses(index, { ...all, nation: ['scotland'] })
    expect(scotland.every((entry) => entry.nations.includes('scotland'))).toBe(true)
    expect(scotland.map((entry) => entry.id)).toContain('work-fair-work-first')
    expect(scotland.map((entry) => entry.id)).not.toContain('work-ethical-employment')
    const both = filterClauses(index, { ...all, nation: ['scotland', 'wales'] })
    expect(both.length).toBeGreaterThan(scotland.length)
    const narrowed = filterClauses(index, {
      ...all,
      nation: ['scotland'],
      principle: ['decent-pay'],
    })
    expect(narrowed.every((entry) => entry.principles.includes('decent-pay'))).toBe(true)
    expect(narrowed.length).toBeLessThan(scotland.length)
    const search = filterClauses(index, { ...all, q: 'living  WAGE london' })
    expect(search.map((entry) => entry.id)).toContain('pay-rlw-require')
    expect(filterClauses(index, { ...all, q: 'zzzz-no-such-word' })).toEqual([])
  })

  it('keeps filters in the hash query and reads them back', () => {
    const query = writeFilters({ ...readFilters(''), q: ' wage ', regime: ['pa2023', 'scotland'] })
    expect(query).toBe('q=wage&regime=pa2023&regime=scotland')
    expect(readFilters(query).regime).toEqual(['pa2023', 'scotland'])
    expect(readFilters(`q=${'x'.repeat(1000)}`).q).toHaveLength(200)
  })
})

describe('a clause in words', () => {
  it('says its condition with the question texts and option labels', () => {
    const meta = clause('pay-rlw-require').meta
    const described = describeCondition(meta.include_when, questionOf)
    const all = JSON.stringify(described)
    for (const id of clauseInputs(meta).filter((input) => questionOf(input)))
      if (JSON.stringify(meta.include_when).includes(id))
        expect(all).toContain(questionOf(id)?.text)
    expect(all).not.toContain('undefined')
    expect(describeCondition('always', questionOf).text).toMatch(/^Always/)
    expect(
      describeCondition({ answer: 'regime', in: ['pa2023', 'scotland'] }, questionOf).text,
    ).toContain('“Procurement Act 2023” or “Scottish regime”')
  })

  it('renders every clause for each of its regimes, answers as marked fields', () => {
    const placeholders = placeholderAnswers(catalog.questionnaire, today)
    for (const { meta, body } of catalog.clauses)
      for (const regime of meta.applies.regimes) {
        const { tree } = renderClauseText(body, {
          questionnaire: catalog.questionnaire,
          regime,
          data: catalog.data,
          placeholders,
          titleOf: (id) => id,
        })
        const text = textOf(tree)
        expect(text.length, `${meta.id} ${regime}`).toBeGreaterThan(0)
        expect(text).not.toMatch(/99\d{5}|\uE000/)
      }
    const { tree, fields } = renderClauseText(clause('sv-award-criteria').body, {
      questionnaire: catalog.questionnaire,
      regime: 'pa2023',
      data: catalog.data,
      placeholders,
      titleOf: (id) => id,
    })
    expect(fields).toContain('contract.estimatedValue')
    expect(JSON.stringify(tree)).toContain(fieldLabel('contract.estimatedValue'))
    expect(JSON.stringify(tree)).toContain('app-field')
    expect(fieldLabel('socialValue.weightingPercent')).toBe('[social value weighting percent]')
  })

  it('shows a dated rate with its date', () => {
    const { tree } = renderClauseText(clause('pay-rlw-require').body, {
      questionnaire: catalog.questionnaire,
      regime: 'pa2023',
      data: catalog.data,
      placeholders: placeholderAnswers(catalog.questionnaire, today),
      titleOf: (id) => id,
    })
    const text = textOf(tree)
    expect(text).toMatch(/announced on\s+\d{1,2} \w+ \d{4}\s+is\s+£\d+\.\d\d/)
    expect(JSON.stringify(tree)).toContain('#/library/pay-rlw-uplift')
  })
})
