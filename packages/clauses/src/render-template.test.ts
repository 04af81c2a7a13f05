import type { Questionnaire } from '@betterforus/questionnaire'
import { afterEach, describe, expect, it } from 'vitest'
import { catalog } from './catalog.js'
import type { Template } from './catalog-types.js'
import { renderTemplate } from './render-template.js'

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
})
