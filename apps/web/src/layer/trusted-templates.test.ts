import { afterEach, describe, expect, it, vi } from 'vitest'

/** A stand-in for the browser's `trustedTypes`: keeps the rules so a test can call them. */
function fakeTrustedTypes() {
  const policies = new Map<string, { createScript: (text: string) => string }>()
  return {
    policies,
    createPolicy(name: string, rules: { createScript: (text: string) => string }) {
      policies.set(name, rules)
      return { createScript: (text: string) => rules.createScript(text) }
    },
  }
}

// Note: written as `Handlebars.precompile('Hello', compileOptions)` writes it (library 1.1).
const HELLO =
  '{"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {\n    return "Hello";\n},"useData":true}'

/** A fresh copy of the module: it makes its policy once, on first use. */
async function freshModule() {
  vi.resetModules()
  return import('./trusted-templates.js')
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('templateFromSpec', () => {
  it('should refuse, saying which browsers can, when the browser lacks Trusted Types', async () => {
    vi.stubGlobal('trustedTypes', undefined)
    const { templateFromSpec, NO_TRUSTED_TYPES } = await freshModule()
    expect(() => templateFromSpec(HELLO)).toThrow(NO_TRUSTED_TYPES)
    expect(NO_TRUSTED_TYPES).toContain('lacks Trusted Types')
  })

  it('should return the specification object, which the Handlebars runtime renders', async () => {
    vi.stubGlobal('trustedTypes', fakeTrustedTypes())
    const { templateFromSpec } = await freshModule()
    const { default: runtime } = await import('handlebars/runtime.js')
    const env = (runtime as unknown as typeof import('handlebars')).create()
    const spec = templateFromSpec(HELLO)
    expect(env.template(spec as never)({})).toBe('Hello')
  })

  it('should make one policy, betterforus-templates, that passes no text it was not given', async () => {
    const trusted = fakeTrustedTypes()
    vi.stubGlobal('trustedTypes', trusted)
    const { templateFromSpec, TEMPLATE_POLICY } = await freshModule()
    templateFromSpec(HELLO)
    templateFromSpec(HELLO)
    expect([...trusted.policies.keys()]).toEqual([TEMPLATE_POLICY])
    const rules = trusted.policies.get(TEMPLATE_POLICY)
    expect(() => rules?.createScript('alert(1)')).toThrow(/passes only the templates/)
    // Not even the text of a template already made: only while it is being made.
    expect(() => rules?.createScript(`(${HELLO})`)).toThrow(/passes only the templates/)
  })
})
