import { describe, expect, it } from 'vitest'
import { catalog } from './catalog.js'
import { commencementDates, provisionApplies, type ScopeFacts } from './provision-applies.js'
import type { Provision } from './schemas/data.js'
import { selectCitation } from './select-citation.js'

const s69: Provision = {
  name: 'section 69 of the Procurement Act 2023',
  text: ['section 69 of the Procurement Act 2023'],
  applies: {
    regimes: ['pa2023'],
    not_authorities: ['ni-devolved'],
    from: '2026-01-01',
    from_welsh_devolved: '2026-04-01',
  },
  source: 'legislation.gov.uk ukpga/2023/54/section/69',
  tag: 'V',
}

const england: ScopeFacts = {
  regime: 'pa2023',
  nation: 'england',
  authorityKind: 'other',
  startDate: '2026-06-01',
}

describe('provisionApplies', () => {
  it('T19: should follow the regime, the excluded authorities and the commencement', () => {
    expect(provisionApplies(s69, england)).toBe(true)
    expect(provisionApplies(s69, { ...england, regime: 'pcr2015' })).toBe(false)
    expect(provisionApplies(s69, { ...england, startDate: '2025-12-31' })).toBe(false)
    expect(provisionApplies(s69, { ...england, startDate: '2026-01-01' })).toBe(true)
    expect(
      provisionApplies(s69, {
        ...england,
        nation: 'northern-ireland',
        authorityKind: 'ni-devolved',
      }),
    ).toBe(false)
    expect(provisionApplies(s69, { ...england, nation: 'northern-ireland' })).toBe(true)
  })

  it("T19: should use a Welsh devolved authority's own date, and never where it is `never`", () => {
    const wales: ScopeFacts = { ...england, nation: 'wales', authorityKind: 'welsh-devolved' }
    expect(provisionApplies(s69, { ...wales, startDate: '2026-03-31' })).toBe(false)
    expect(provisionApplies(s69, { ...wales, startDate: '2026-04-01' })).toBe(true)
    const never = { ...s69, applies: { ...s69.applies, from_welsh_devolved: 'never' as const } }
    expect(provisionApplies(never, { ...wales, startDate: '2030-01-01' })).toBe(false)
    expect(provisionApplies(never, { ...england, startDate: '2030-01-01' })).toBe(true)
  })

  it('T19: should not assume a dated provision applies when the start date is unknown', () => {
    expect(provisionApplies(s69, { ...england, startDate: undefined })).toBe(false)
  })

  it('T19: should keep to the nations listed', () => {
    const only = { ...s69, applies: { regimes: ['pa2023' as const], nations: ['wales' as const] } }
    expect(provisionApplies(only, england)).toBe(false)
    expect(provisionApplies(only, { ...england, nation: 'wales' })).toBe(true)
  })
})

describe('the library citations', () => {
  const cite = (topic: string, facts: ScopeFacts) =>
    selectCitation(catalog.data, topic, facts)?.full

  it('should list every commencement date of the data, for the branch lint', () => {
    expect(commencementDates(catalog.data.provisions)).toEqual(['2026-01-01', '2026-04-01'])
  })

  it('T19: should cite payment reporting only where sections 69 and 70 apply (facts 15.1)', () => {
    expect(cite('payment-reporting', england)).toBe(
      'sections 69 and 70 of the Procurement Act 2023',
    )
    expect(cite('payment-reporting', { ...england, startDate: '2026-02-01' })).toBe(
      'section 69 of the Procurement Act 2023',
    )
    expect(cite('payment-reporting', { ...england, startDate: '2025-06-01' })).toBe(
      "the Buyer's own policy on publishing payment information",
    )
    const wales: ScopeFacts = { ...england, nation: 'wales', authorityKind: 'welsh-devolved' }
    expect(cite('payment-reporting', wales)).toBe('section 69 of the Procurement Act 2023')
    expect(cite('payment-reporting', { ...wales, startDate: '2026-03-01' })).toBe(
      "the Buyer's own policy on publishing payment information",
    )
    expect(
      cite('payment-reporting', {
        ...england,
        nation: 'northern-ireland',
        authorityKind: 'ni-devolved',
      }),
    ).toBe("the Buyer's own policy on publishing payment information")
  })

  it('T19: should not cite regulation 113 for Welsh or Northern Ireland devolved authorities (reg 1(8A))', () => {
    const pcr: ScopeFacts = { ...england, regime: 'pcr2015', startDate: '2024-06-01' }
    expect(cite('prompt-payment', pcr)).toBe(
      'regulation 113 of the Public Contracts Regulations 2015',
    )
    for (const [nation, authorityKind] of [
      ['wales', 'welsh-devolved'],
      ['northern-ireland', 'ni-devolved'],
    ] as const)
      expect(cite('prompt-payment', { ...pcr, nation, authorityKind })).toBe(
        "the Buyer's 30-day payment policy",
      )
    expect(cite('prompt-payment', { ...pcr, nation: 'wales' })).toBe(
      'regulation 113 of the Public Contracts Regulations 2015',
    )
  })

  it('T19: should have no Scottish mutual reservation, and cite the Scottish regulations by number', () => {
    const scotland: ScopeFacts = { ...england, regime: 'scotland', nation: 'scotland' }
    expect(cite('reserved-mutual', scotland)).toBeUndefined()
    expect(cite('reserved-supported-employment', scotland)).toBe(
      'regulation 21 of the Public Contracts (Scotland) Regulations 2015',
    )
    expect(cite('exclusion-grounds', scotland)).toBe(
      'regulation 58 of the Public Contracts (Scotland) Regulations 2015',
    )
  })
})
