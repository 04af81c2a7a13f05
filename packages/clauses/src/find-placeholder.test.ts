import { describe, expect, it } from 'vitest'
import { findPlaceholder } from './find-placeholder.js'

describe('findPlaceholder', () => {
  it.each([
    ['the 2015 Regulations (provision to be confirmed)', 'to be confirmed'],
    ['a date To Be Confirmed by the Buyer', 'To Be Confirmed'],
    ['the rate is TBC.', 'TBC'],
    ['venue: TBA', 'TBA'],
    ['within [●] days', '[●]'],
    ['[Insert the name of the Buyer]', '[Insert'],
    ['[to be agreed] between the parties', '[to be'],
    ['clause XX applies', 'XX'],
  ])('T18: should find the placeholder in %j', (text, found) => {
    expect(findPlaceholder(text)?.found).toBe(found)
  })

  it('should give the text around it, and the first of several', () => {
    expect(findPlaceholder('Pay within [●] days, or TBC.')).toEqual({
      found: '[●]',
      around: 'Pay within [●] days, or TBC.',
    })
  })

  it('T18: should pass operative text with none, and words that only contain the letters', () => {
    for (const text of [
      'section 69 of the Procurement Act 2023',
      'the tbc-like word outbid, XXL sizes and Xx in a name',
      'the Supplier must confirm the rate to the Buyer',
      '[see clause 4]',
    ])
      expect(findPlaceholder(text)).toBeUndefined()
  })
})
