import { describe, expect, it } from 'vitest'
import { letterNumber, romanNumber } from './list-numbers.js'

describe('letterNumber', () => {
  it('should count (a) to (z), then (aa)', () => {
    expect([1, 2, 26, 27, 28].map(letterNumber)).toEqual(['(a)', '(b)', '(z)', '(aa)', '(bb)'])
  })
})

describe('romanNumber', () => {
  it('should count in lower-case roman numerals', () => {
    expect([1, 4, 9, 14, 40].map(romanNumber)).toEqual(['(i)', '(iv)', '(ix)', '(xiv)', '(xl)'])
  })
})
