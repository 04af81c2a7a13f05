import { describe, expect, it } from 'vitest'
import { libraryRouteHash, parseLibraryRoute } from './library-routes.js'

describe('library routes', () => {
  it('reads each page, version-aware', () => {
    expect(parseLibraryRoute('library')).toEqual({ name: 'library', query: '' })
    expect(parseLibraryRoute('library?regime=pa2023&q=living%20wage')).toEqual({
      name: 'library',
      query: 'regime=pa2023&q=living%20wage',
    })
    expect(parseLibraryRoute('library/pay-rlw-require')).toEqual({
      name: 'library-clause',
      clauseId: 'pay-rlw-require',
    })
    expect(parseLibraryRoute('library/pay-rlw-require@1.0.0-2')).toEqual({
      name: 'library-clause',
      clauseId: 'pay-rlw-require',
      version: '1.0.0-2',
    })
    expect(parseLibraryRoute('library/documents/doc-contract-schedule')).toEqual({
      name: 'library-document',
      documentId: 'doc-contract-schedule',
    })
    expect(parseLibraryRoute('releases')).toEqual({ name: 'releases' })
    expect(parseLibraryRoute('releases/1.1.0')).toEqual({ name: 'release', version: '1.1.0' })
  })

  it('leaves other paths alone and refuses malformed ones', () => {
    expect(parseLibraryRoute('librarything')).toBeUndefined()
    expect(parseLibraryRoute('check')).toBeUndefined()
    for (const bad of [
      'library/a/b/c',
      'library/Bad_Id',
      'library/x@notaversion',
      'library/x@1.0.0@2',
      'library/%E0%A4%A',
      'releases/latest',
      'library/documents/',
    ])
      expect(parseLibraryRoute(bad), bad).toEqual({ name: 'not-found' })
  })

  it('writes hashes that read back', () => {
    for (const hash of [
      '#/library',
      '#/library?principle=decent-pay',
      '#/library/pay-rlw-require',
      '#/library/pay-rlw-require@1.0.0-2',
      '#/library/documents/doc-contract-schedule',
      '#/releases',
      '#/releases/1.1.0',
    ]) {
      const route = parseLibraryRoute(hash.slice(2))
      if (!route || route.name === 'not-found') throw new Error(hash)
      expect(libraryRouteHash(route)).toBe(hash)
    }
  })
})
