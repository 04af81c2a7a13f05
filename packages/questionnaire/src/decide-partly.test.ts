import { describe, expect, it } from 'vitest'
import { decidePartly, type PartialFacts, UNKNOWN } from './decide-partly.js'
import { regimeSoFar } from './derive-regime.js'

const facts =
  (known: Record<string, unknown>): PartialFacts =>
  (id) =>
    id in known ? (known[id] as never) : UNKNOWN

describe('decidePartly', () => {
  const rule = {
    all: [
      { answer: 'reserved.publicServiceMutual', is: true },
      { answer: 'contract.type', in: ['works', 'goods'] },
    ],
  }

  it('should stay undecided while an answer not chosen yet could change it', () => {
    expect(decidePartly(rule, facts({ 'reserved.publicServiceMutual': true }))).toBeUndefined()
  })

  it('should decide as soon as the chosen answers settle it', () => {
    expect(decidePartly(rule, facts({ 'reserved.publicServiceMutual': false }))).toBe(false)
    expect(
      decidePartly(rule, facts({ 'reserved.publicServiceMutual': true, 'contract.type': 'works' })),
    ).toBe(true)
    expect(
      decidePartly(
        { not: { answer: 'lots.divided', answered: true } },
        facts({ 'lots.divided': undefined }),
      ),
    ).toBe(true)
  })
})

describe('regimeSoFar', () => {
  it('should derive the regime only once the nation and the start date are chosen', () => {
    expect(regimeSoFar(facts({ 'authority.nation': 'wales' }))).toBe(UNKNOWN)
    expect(
      regimeSoFar(facts({ 'authority.nation': 'wales', 'procurement.startDate': '2025-02-23' })),
    ).toBe('pcr2015')
    expect(
      regimeSoFar(facts({ 'authority.nation': 'scotland', 'procurement.startDate': '2025-02-23' })),
    ).toBe('scotland')
  })
})
