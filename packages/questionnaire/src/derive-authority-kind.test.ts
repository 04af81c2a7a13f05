import { describe, expect, it } from 'vitest'
import { AUTHORITY_KIND_INPUTS, deriveAuthorityKind } from './derive-authority-kind.js'

describe('deriveAuthorityKind', () => {
  it('should tell Welsh and Northern Ireland devolved authorities apart', () => {
    expect(deriveAuthorityKind({ authority: { nation: 'wales', devolved: true } })).toBe(
      'welsh-devolved',
    )
    expect(deriveAuthorityKind({ authority: { nation: 'northern-ireland', devolved: true } })).toBe(
      'ni-devolved',
    )
  })

  it('should give other for a non-devolved authority, an unanswered question or another nation', () => {
    expect(deriveAuthorityKind({ authority: { nation: 'wales', devolved: false } })).toBe('other')
    expect(deriveAuthorityKind({ authority: { nation: 'northern-ireland' } })).toBe('other')
    // Note: the question is hidden outside Wales and Northern Ireland, so a stray answer is unused.
    expect(deriveAuthorityKind({ authority: { nation: 'england', devolved: true } })).toBe('other')
    expect(deriveAuthorityKind({})).toBe('other')
  })

  it('should name the answers it reads', () => {
    expect(AUTHORITY_KIND_INPUTS).toEqual(['authority.nation', 'authority.devolved'])
  })
})
