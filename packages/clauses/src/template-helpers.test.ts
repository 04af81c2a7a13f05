import Handlebars from 'handlebars'
import { describe, expect, it } from 'vitest'
import { catalog } from './catalog.js'
import type { ScopeFacts } from './provision-applies.js'
import { createRenderState, SLOT_CLOSE, SLOT_OPEN } from './render-state.js'
import { registerHelpers } from './template-helpers.js'

/** Render a template with the library's data for a scope, with each slot filled in. */
function render(source: string, scope: ScopeFacts): string {
  const env = Handlebars.create()
  registerHelpers(env)
  const { state, slots } = createRenderState({
    data: catalog.data,
    regime: scope.regime,
    scope,
    documentDate: '2026-06-01',
  })
  const markdown = env.compile(source, { strict: true })({}, { data: { render: state } })
  // Note: the slot delimiters, U+E000 and U+E001 (SLOT_OPEN, SLOT_CLOSE).
  return markdown.replace(/\uE000(\d+)\uE001/g, (_, index) => {
    const slot = slots[Number(index)]
    return slot?.kind === 'text' ? slot.value : ''
  })
}

const wales: ScopeFacts = {
  regime: 'pa2023',
  nation: 'wales',
  authorityKind: 'welsh-devolved',
  startDate: '2026-06-01',
}

describe('cite', () => {
  it('should print the form that applies to the scope, full or short', () => {
    expect(render('{{cite "payment-reporting"}}', wales)).toBe(
      'section 69 of the Procurement Act 2023',
    )
    expect(render('{{cite "payment-reporting" form="short"}}', wales)).toBe('section 69')
    expect(render('{{cite "payment-reporting"}}', { ...wales, authorityKind: 'other' })).toBe(
      'sections 69 and 70 of the Procurement Act 2023',
    )
  })

  it('should refuse a topic with no form for the regime, and an unknown form', () => {
    const scotland: ScopeFacts = { ...wales, regime: 'scotland', nation: 'scotland' }
    expect(() => render('{{cite "reserved-mutual"}}', scotland)).toThrow(
      'No citation of `reserved-mutual` applies under scotland',
    )
    expect(() => render('{{cite "lots" form="long"}}', wales)).toThrow(
      '`cite` prints form="full" or form="short", not `long`',
    )
  })
})

it('should use the slot delimiters this test replaces', () => {
  expect([SLOT_OPEN, SLOT_CLOSE]).toEqual(['\uE000', '\uE001'])
})
