import { describe, expect, it } from 'vitest'
import { catalog } from '../catalog.js'
import { citeGuards } from './cite-guards.js'
import { decideKnown, regimeFacts } from './decide-in-regime.js'

describe('citeGuards', () => {
  it('should narrow each cite to the regimes and answers its enclosing blocks need', () => {
    const guards = citeGuards(
      [
        '{{cite "a"}}',
        '{{#if (eq regime "pa2023")}}{{cite "b"}}{{else}}{{cite "c"}}{{/if}}',
        '{{#unless (eq "scotland" regime)}}{{cite "d"}}{{/unless}}',
        '{{#if reserved.mutual}}{{#if (eq regime "scotland")}}{{cite "e"}}{{/if}}{{/if}}',
        '{{#if (eq lots.divided true)}}x{{else}}{{cite "f"}}{{/if}}',
      ].join('\n'),
    )
    expect(guards.map((guard) => [guard.topic, [...guard.regimes], guard.answered])).toEqual([
      ['a', ['pa2023', 'pcr2015', 'scotland'], []],
      ['b', ['pa2023'], []],
      ['c', ['pcr2015', 'scotland'], []],
      ['d', ['pa2023', 'pcr2015'], []],
      ['e', ['scotland'], ['reserved.mutual']],
      // Note: the else of an `eq` may be reached with the answer not given.
      ['f', ['pa2023', 'pcr2015', 'scotland'], []],
    ])
  })
})

describe('regimeFacts', () => {
  it('should know the nation in Scotland and the questions a show_if hides there', () => {
    const scotland = regimeFacts(catalog.questionnaire, 'scotland')
    expect(scotland.get('authority.nation')).toEqual(['scotland'])
    expect(scotland.get('reserved.publicServiceMutual')).toEqual([undefined])
    expect(scotland.get('authority.devolved')).toEqual([undefined])
    expect(decideKnown({ answer: 'reserved.publicServiceMutual', is: true }, scotland)).toBe(false)
  })

  it('should leave unknown what the regime does not decide', () => {
    const pa = regimeFacts(catalog.questionnaire, 'pa2023')
    expect(pa.has('reserved.publicServiceMutual')).toBe(false)
    expect(pa.has('authority.devolved')).toBe(false)
    expect(decideKnown({ answer: 'authority.nation', is: 'wales' }, pa)).toBeUndefined()
    expect(decideKnown({ not: { answer: 'authority.nation', is: 'scotland' } }, pa)).toBe(true)
  })
})
