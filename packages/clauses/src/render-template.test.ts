import type { Questionnaire } from '@betterforus/questionnaire'
import Handlebars from 'handlebars'
import { afterEach, describe, expect, it } from 'vitest'
import { catalog } from './catalog.js'
import type { Template } from './catalog-types.js'
import { compileOptions } from './compiler/compile-options.js'
import { handlebarsRuntime } from './handlebars-runtime.js'
import { createRenderState } from './render-state.js'
import { renderTemplate } from './render-template.js'
import { registerHelpers } from './template-helpers.js'

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()

afterEach(() => {
  for (const key of Object.getOwnPropertyNames(Object.prototype))
    if (!prototypeKeys.includes(key)) delete (Object.prototype as Record<string, unknown>)[key]
})

describe('renderTemplate', () => {
  // Note: parseQuestionnaire refuses such ids (T14); a questionnaire built in code skips that check,
  // so the render context must hold on its own.
  it('T14: should build the context of an id such as constructor.prototype.x without touching Object.prototype', () => {
    const questionnaire: Questionnaire = {
      version: '1.0.0',
      sections: [
        {
          id: 'main',
          title: 'Main',
          questions: [
            { id: 'document.date', text: 'Date?', type: 'date' },
            { id: 'constructor.prototype.x', text: 'Bad?', type: 'text' },
          ],
        },
      ],
    }
    let seen: Record<string, unknown> | undefined
    const template = ((context: Record<string, unknown>) => {
      seen = context
      return ''
    }) as unknown as Template
    renderTemplate(template, {
      questionnaire,
      answers: { document: { date: '2026-05-01' }, constructor: { prototype: { x: 'hi' } } },
      regime: 'pa2023',
      data: catalog.data,
    })
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
    expect(Object.getPrototypeOf(seen)).toBeNull()
    const own = seen?.constructor as unknown as Record<string, Record<string, { value?: unknown }>>
    const group = own.prototype
    expect(group?.x?.value).toBe('hi')
  })

  // Note: lint refuses the key (T15); the helper must hold on its own for a catalog built in code.
  it('T16: should refuse a threshold named after a prototype property when rendering, not print it', () => {
    const env = handlebarsRuntime.create()
    registerHelpers(env)
    const spec = String(Handlebars.precompile('{{threshold "constructor"}}', compileOptions))
    const template = env.template(new Function(`return ${spec}`)())
    const { state } = createRenderState({
      data: catalog.data,
      regime: 'pa2023',
      scope: {
        regime: 'pa2023',
        nation: 'england',
        authorityKind: 'other',
        startDate: '2026-05-01',
      },
      documentDate: '2026-05-01',
    })
    expect(() => template({}, { data: { render: state } })).toThrow(
      'Unknown threshold `constructor` in data/thresholds.yaml',
    )
  })
})
