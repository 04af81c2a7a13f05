import { describe, expect, it } from 'vitest'
import { createFacts } from './create-facts.js'
import { DERIVED_FACTS, deriveRegime, PA2023_COMMENCEMENT } from './derive-regime.js'

describe('deriveRegime', () => {
  it('should give scotland for a Scottish authority, whatever the date', () => {
    expect(
      deriveRegime({ authority: { nation: 'scotland' }, procurement: { startDate: '2020-01-01' } }),
    ).toBe('scotland')
  })

  it('should give pcr2015 before 24 February 2025 and pa2023 from that day', () => {
    expect(PA2023_COMMENCEMENT).toBe('2025-02-24')
    expect(deriveRegime({ procurement: { startDate: '2025-02-23' } })).toBe('pcr2015')
    expect(deriveRegime({ procurement: { startDate: '2025-02-24' } })).toBe('pa2023')
    expect(deriveRegime({})).toBe('pa2023')
  })

  it('should be a derived fact that createFacts looks up beside the answers', () => {
    expect(DERIVED_FACTS).toEqual(['regime'])
    const facts = createFacts({
      authority: { nation: 'wales' },
      procurement: { startDate: '2024-01-01' },
    })
    expect([facts('regime'), facts('authority.nation'), facts('authority')]).toEqual([
      'pcr2015',
      'wales',
      undefined,
    ])
  })
})
