import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'

const templates = path.resolve(import.meta.dirname, '../../../../templates')

/**
 * The modules under test, freshly loaded: the Trusted Types policy is made once per load, and
 * the generator must use the same copy of the clauses package as the catalog it is given.
 */
async function freshModules() {
  vi.resetModules()
  return {
    ...(await import('./catalog-from-specs.js')),
    ...(await import('@betterforus/clauses')),
    ...(await import('@betterforus/clauses/compiler')),
    ...(await import('@betterforus/generator')),
    ...(await import('@betterforus/questionnaire')),
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('catalogFromSpecs', () => {
  it('should render the library compiled here exactly as the built library renders', async () => {
    // Note: Node has no Trusted Types; this stand-in policy passes what it is given.
    vi.stubGlobal('trustedTypes', {
      createPolicy: (_name: string, rules: { createScript: (text: string) => string }) => rules,
    })
    const m = await freshModules()
    const compiled = (await m.compileCatalog(templates, m.catalog.library)).catalog
    expect(compiled, 'the library compiles').toBeDefined()
    const layered = m.catalogFromSpecs(compiled as NonNullable<typeof compiled>)
    const text = readFileSync(path.join(templates, 'examples', 'england-act-london.yaml'))
    const { answers } = m.parseAnswers(text, m.catalog.questionnaire)
    expect(answers).toBeDefined()
    const render = (from: typeof m.catalog) =>
      m
        .generatePack(answers as NonNullable<typeof answers>, { catalog: from, copy: 'drafter' })
        .documents.map(m.toMarkdownDocument)
        .join('\n')
    const expected = render(m.catalog)
    expect(expected.length).toBeGreaterThan(10_000)
    expect(render(layered)).toBe(expected)
  })

  it('should refuse in a browser without Trusted Types', async () => {
    vi.stubGlobal('trustedTypes', undefined)
    const m = await freshModules()
    const compiled = (await m.compileCatalog(templates, m.catalog.library)).catalog
    expect(() => m.catalogFromSpecs(compiled as NonNullable<typeof compiled>)).toThrow(
      /lacks Trusted Types/,
    )
  })
})
