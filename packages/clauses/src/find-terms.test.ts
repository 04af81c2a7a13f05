import { describe, expect, it } from 'vitest'
import { findTerms } from './find-terms.js'

const terms = ['Contract', 'Contract Staff', 'Supplier', 'Sub-contractor', 'Sub-contract']

describe('findTerms', () => {
  it('should match longer terms first, so a term inside another is not counted', () => {
    expect(findTerms('The Supplier must pay Contract Staff.', terms)).toEqual(
      new Set(['Contract Staff', 'Supplier']),
    )
  })
  it('should count plurals and possessives, and only whole words', () => {
    expect(findTerms("the Supplier's Sub-contractors", terms)).toEqual(
      new Set(['Supplier', 'Sub-contractor']),
    )
    expect(findTerms('Contractual Suppliers', terms)).toEqual(new Set(['Supplier']))
  })
  it('should be case-sensitive: a lower-case word is not the defined term', () => {
    expect(findTerms('the contract and its staff', terms)).toEqual(new Set())
  })
})
