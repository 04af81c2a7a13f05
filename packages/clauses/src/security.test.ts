import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Handlebars from 'handlebars'
import { VFile } from 'vfile'
import { afterEach, describe, expect, it } from 'vitest'
import { catalog } from './catalog.js'
import { checkTemplate, type TemplateScope } from './compiler/check-template.js'
import { compileCatalog } from './compiler/compile-catalog.js'
import { compileOptions } from './compiler/compile-options.js'
import { writeCatalogModule } from './compiler/write-catalog-module.js'
import { handlebarsRuntime } from './handlebars-runtime.js'
import type { ScopeFacts } from './provision-applies.js'
import { AnswerText, createRenderState } from './render-state.js'
import { idSchema } from './schemas/common.js'
import { registerHelpers } from './template-helpers.js'

// The security corpus (docs/bad-inputs.md T4, S4), modelled on Handlebars' own spec/security.js:
// one test per published advisory. Each runs its payload class through all three layers a
// template meets, and each layer must hold on its own: the lint (`checkTemplate`, run by
// `betterforus lint` and the build), the precompiler with our options, and the runtime-only
// Handlebars the catalog loads templates into. Payloads try to set a global flag or pollute
// Object.prototype; neither may ever happen.

type Flagged = typeof globalThis & { betterforusPwned?: unknown }
const flagged = globalThis as Flagged
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()

afterEach(() => {
  expect(flagged.betterforusPwned, 'no payload ran').toBeUndefined()
  expect(Object.getOwnPropertyNames(Object.prototype).sort(), 'no prototype changed').toEqual(
    prototypeKeys,
  )
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

/** An English Procurement Act pack, for the helpers that read the scope. */
const renderScope: ScopeFacts = {
  regime: 'pa2023',
  nation: 'england',
  authorityKind: 'other',
  startDate: '2026-05-01',
}
const scope: TemplateScope = {
  names: new Set(['authority.name', 'contract.title', 'regime']),
  suggest: () => undefined,
}

/** The rule ids the lint reports for a template. */
function lint(source: string): string[] {
  const file = new VFile({ path: 'clauses/payload.md' })
  checkTemplate(source, file, scope, { lineOffset: 0 })
  return file.messages.map((message) => message.ruleId ?? '')
}

/** Precompile with our options, as the build does; the specification, or the error. */
function precompile(source: string | object): { spec?: string; error?: string } {
  try {
    return { spec: String(Handlebars.precompile(source as string, compileOptions)) }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

/**
 * Load a specification into the runtime-only Handlebars with our helpers, as `loadCatalog` does,
 * and render it with answers as templates see them; the output, or the error.
 */
function run(
  spec: string,
  data: Record<string, unknown> = {},
): { output?: string; error?: string } {
  const env = handlebarsRuntime.create()
  registerHelpers(env)
  const { state } = createRenderState({
    data: catalog.data,
    regime: 'pa2023',
    scope: renderScope,
    documentDate: '2026-05-01',
  })
  const context = {
    regime: 'pa2023',
    authority: { name: new AnswerText('Leeds City Council', state) },
    contract: { title: new AnswerText('Cleaning', state) },
  }
  try {
    // Note: the build writes this specification into a module as code; evaluating it is the same.
    const template = env.template(new Function(`return ${spec}`)())
    return { output: template(context, { data: { render: state, ...data } }) }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

/** The runtime either renders nothing of the payload or throws; it never executes it. */
function expectInert(spec: string | undefined, data?: Record<string, unknown>) {
  if (spec === undefined) return
  const result = run(spec, data)
  if (result.error === undefined) expect(result.output).toBe('')
}

describe('T4, S4: the Handlebars security corpus', () => {
  it('T4, S4: CVE-2019-19919: constructor access through lookup, #with and block params cannot reach Function', () => {
    const payloads = [
      '{{#with "s" as |text|}}{{#with split as |parts|}}{{this.push (lookup text.sub "constructor")}}{{#each parts}}{{#with (text.sub.apply 0 parts)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}',
      '{{lookup (lookup this "constructor") "name"}}',
      '{{constructor.name}}',
    ]
    expect(lint(payloads[0] as string)).toContain('unknown-helper')
    expect(lint(payloads[1] as string)).toEqual(['unknown-helper'])
    expect(lint(payloads[2] as string)).toEqual(['denied-path'])
    expect(precompile(payloads[0] as string).error).toMatch(/unknown helper lookup/)
    expect(precompile(payloads[1] as string).error).toMatch(/unknown helper lookup/)
    expectInert(precompile(payloads[2] as string).spec)
  })

  it('T4, S4: CVE-2021-23369: strict-mode lookups of constructor and __proto__ render nothing', () => {
    const payloads = [
      '{{authority.name.constructor.constructor}}',
      '{{#if authority.constructor}}reached{{/if}}',
      '{{authority.__proto__.polluted}}',
      '{{contract.prototype}}',
    ]
    expect(compileOptions.strict).toBe(true)
    for (const payload of payloads) {
      expect(lint(payload), payload).toEqual(['denied-path'])
      const { spec } = precompile(payload)
      expect(spec, `${payload} compiles, so the runtime must hold`).toBeDefined()
      expectInert(spec)
    }
  })

  it('T4, S4: CVE-2021-23383: __defineGetter__ and __lookupGetter__ cannot rebind a prototype (no compat mode)', () => {
    expect('compat' in compileOptions).toBe(false)
    const payloads = [
      '{{__defineGetter__ "x" valueOf}}{{#with __lookupGetter__}}{{constructor.name}}{{/with}}',
      '{{#each __lookupGetter__}}{{this}}{{/each}}',
      '{{__defineSetter__}}{{__lookupSetter__}}',
    ]
    expect(lint(payloads[0] as string)).toEqual(['unknown-helper', 'unknown-helper'])
    expect(lint(payloads[1] as string)).toEqual(['denied-path'])
    expect(lint(payloads[2] as string)).toEqual(['denied-path', 'denied-path'])
    expect(precompile(payloads[0] as string).error).toMatch(/unknown helper __defineGetter__/)
    expectInert(precompile(payloads[1] as string).spec)
    expectInert(precompile(payloads[2] as string).spec)
  })

  it('T4, S4: CVE-2026-33937: a crafted syntax tree given to the compiler injects no code', () => {
    const code = 'globalThis.betterforusPwned = true'
    const ast = {
      type: 'Program',
      body: [
        {
          type: 'MustacheStatement',
          escaped: true,
          path: { type: 'NumberLiteral', value: `1; ${code}`, original: 1, loc: null },
          params: [],
          loc: null,
          strip: {},
        },
      ],
      strip: {},
      loc: null,
    }
    // The lint and the build read template files as text: the tree is only characters there.
    const asText = JSON.stringify(ast)
    expect(lint(asText)).toEqual([])
    expect(run(String(precompile(asText).spec)).output).toBe(asText)
    // Handlebars itself, given the object, must not write the value into code.
    const fromObject = precompile(ast)
    if (fromObject.spec !== undefined) {
      expect(fromObject.spec).not.toContain(code)
      expectInert(fromObject.spec)
    }
    // And the runtime the catalog loads into has no compiler to give a tree to.
    expect((handlebarsRuntime as { compile?: unknown }).compile).toBeUndefined()
    expect((handlebarsRuntime.create() as { compile?: unknown }).compile).toBeUndefined()
  })

  it('T4, S4: CVE-2026-33938: @partial-block cannot be called, and the runtime cannot compile a tampered one', () => {
    const payloads = ['{{> @partial-block}}', '{{#> layout}}body{{/layout}}', '{{@partial-block}}']
    expect(lint(payloads[0] as string)).toEqual(['denied-construct'])
    expect(lint(payloads[1] as string)).toEqual(['denied-construct'])
    expect(lint(payloads[2] as string)).toEqual(['denied-path'])
    // A helper that wrote a tree into @partial-block: the runtime-only build cannot compile it.
    const tampered = {
      'partial-block': {
        type: 'Program',
        body: [{ type: 'ContentStatement', value: 'TAMPERED', original: 'TAMPERED' }],
      },
    }
    for (const payload of payloads) {
      const { spec } = precompile(payload)
      if (spec === undefined) continue
      const result = run(spec, tampered)
      if (result.error === undefined) expect(result.output, payload).not.toContain('TAMPERED')
    }
  })

  it('T4, S4: CVE-2026-33939: decorators, even unregistered ones, are refused before they can crash a render', () => {
    const payloads = ['{{*n}}', '{{#*inline "clause"}}text{{/inline}}']
    expect(lint(payloads[0] as string)).toEqual(['denied-construct'])
    expect(lint(payloads[1] as string)).toEqual(['denied-construct'])
    for (const payload of payloads) {
      const { spec } = precompile(payload)
      // Past the lint, the runtime throws an ordinary error that the caller catches.
      if (spec !== undefined) expect(() => expectInert(spec)).not.toThrow()
    }
  })

  it('T4, S4: CVE-2026-33940: dynamic and static partials are refused, and none are registered', () => {
    const payloads = ['{{> (lookup . "name")}}', '{{> (contract.title)}}', '{{> clause}}']
    for (const payload of payloads) expect(lint(payload), payload).toEqual(['denied-construct'])
    expect(precompile(payloads[0] as string).error).toMatch(/unknown helper lookup/)
    expectInert(precompile(payloads[1] as string).spec)
    expectInert(precompile(payloads[2] as string).spec)
    expect(Object.keys(handlebarsRuntime.create().partials)).toEqual([])
  })

  it('T4, S4: CVE-2026-33941: names and sources written into the generated module stay data', async () => {
    // We never run the Handlebars CLI precompiler: the build writes the module itself, as JSON.
    const hostile = `x"; globalThis.betterforusPwned = true; "*/</script>'\u2028`
    expect(idSchema.safeParse(hostile).success).toBe(false)
    const minimal = fileURLToPath(new URL('../fixtures/minimal/', import.meta.url))
    // Note: the compiler now refuses such a name (T16: a line separator); the writer must hold
    // on its own, so the name is put into the compiled source afterwards, as the body is.
    const refused = await compileCatalog(path.resolve(minimal), { name: hostile, version: '1.0.0' })
    expect(refused.catalog).toBeUndefined()
    const { catalog: source } = await compileCatalog(path.resolve(minimal), {
      name: '@example/minimal-library',
      version: '1.0.0',
    })
    expect(source).toBeDefined()
    const clause = source?.clauses[0]
    if (!source || !clause) throw new Error('the minimal library compiles')
    source.library = { ...source.library, name: hostile }
    clause.body = { source: hostile, spec: String(Handlebars.precompile(hostile, compileOptions)) }
    const module = writeCatalogModule(source)
    const literal = module.slice(module.indexOf('= {') + 2)
    const loaded = new Function(`return ${literal}`)()
    expect(loaded.library.name).toBe(hostile)
    expect(loaded.clauses[0].body.source).toBe(hostile)
    const env = handlebarsRuntime.create()
    registerHelpers(env)
    const { state } = createRenderState({
      data: catalog.data,
      regime: 'pa2023',
      scope: renderScope,
      documentDate: '2026-05-01',
    })
    expect(env.template(loaded.clauses[0].body.spec)({}, { data: { render: state } })).toBe(hostile)
  })
})
