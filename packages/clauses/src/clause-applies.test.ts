import { createFacts, type PartialFacts, UNKNOWN } from '@betterforus/questionnaire'
import { describe, expect, it } from 'vitest'
import { clauseApplies, clauseInputs, explainClauseApplies } from './clause-applies.js'
import type { ClauseFrontMatter } from './schemas/clause-front-matter.js'

function meta(overrides: Partial<ClauseFrontMatter>): ClauseFrontMatter {
  return {
    status: 'published',
    applies: {
      regimes: ['pa2023', 'pcr2015', 'scotland'],
      nations: ['england', 'wales', 'scotland', 'northern-ireland'],
      contract_types: ['services', 'works', 'goods'],
    },
    include_when: 'always',
    ...overrides,
  } as ClauseFrontMatter
}

const soFar =
  (known: Record<string, unknown>): PartialFacts =>
  (id) =>
    id in known ? (known[id] as never) : UNKNOWN

const englandWorks = createFacts({
  authority: { nation: 'england' },
  procurement: { startDate: '2025-06-01' },
  contract: { type: 'works' },
  pay: { approach: 'score' },
})

describe('clauseApplies', () => {
  const payRequire = meta({
    applies: { regimes: ['pa2023'], nations: ['england'], contract_types: ['services'] },
    include_when: { answer: 'pay.approach', is: 'require' },
  })

  it('should need only the answers its applies lists narrow and its include_when names', () => {
    expect(clauseInputs(meta({}))).toEqual([])
    expect(clauseInputs(payRequire)).toEqual([
      'pay.approach',
      'regime',
      'authority.nation',
      'contract.type',
    ])
  })

  it('should stay unknown while an input is not chosen, and decide once one settles it', () => {
    expect(clauseApplies(payRequire, soFar({}))).toBe('unknown')
    expect(clauseApplies(payRequire, soFar({ 'contract.type': 'works' }))).toBe(false)
    expect(clauseApplies(meta({}), soFar({}))).toBe(true)
  })

  it('should never be unknown on full answers', () => {
    expect(clauseApplies(payRequire, englandWorks)).toBe(false)
    expect(
      clauseApplies(meta({ include_when: { answer: 'pay.approach', is: 'score' } }), englandWorks),
    ).toBe(true)
  })

  it('should leave out a withdrawn clause whatever the answers', () => {
    expect(clauseApplies(meta({ status: 'withdrawn' }), soFar({}))).toBe(false)
  })
})

describe('explainClauseApplies', () => {
  it('should name the first test that fails, with the value that fails it', () => {
    expect(
      explainClauseApplies(
        meta({ applies: { ...meta({}).applies, contract_types: ['services', 'goods'] } }),
        englandWorks,
      ),
    ).toEqual({ applies: false, reason: 'applies to services, goods contracts, not works' })
    expect(
      explainClauseApplies(
        meta({ applies: { ...meta({}).applies, regimes: ['pcr2015'] } }),
        englandWorks,
      ),
    ).toEqual({ applies: false, reason: 'applies under pcr2015, not pa2023' })
    expect(explainClauseApplies(meta({ status: 'withdrawn' }), englandWorks)).toEqual({
      applies: false,
      reason: 'withdrawn from the library',
    })
  })

  it('should agree with clauseApplies, and say why a clause holds', () => {
    const scored = meta({ include_when: { answer: 'pay.approach', is: 'score' } })
    expect(explainClauseApplies(scored, englandWorks)).toEqual({
      applies: clauseApplies(scored, englandWorks),
      reason: 'include_when holds: pay.approach is "score"',
    })
    expect(explainClauseApplies(meta({}), englandWorks)).toEqual({
      applies: true,
      reason: 'always included where it applies',
    })
  })
})
