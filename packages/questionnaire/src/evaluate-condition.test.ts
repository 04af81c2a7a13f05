import { describe, expect, it } from 'vitest'
import type { AnswerValue } from './answers.js'
import { conditionSchema } from './condition.js'
import { conditionReferences } from './condition-references.js'
import { evaluateCondition } from './evaluate-condition.js'
import { explainCondition } from './explain-condition.js'

const values: Record<string, AnswerValue> = {
  'pay.approach': 'score',
  'contract.type': 'works',
  'voice.methods': ['workshops'],
  'contract.estimatedValue': 6_000_000,
  'supplier.notes': '  ',
}
const facts = (id: string) => values[id]

describe('evaluateCondition', () => {
  it('should decide every form of condition', () => {
    expect(evaluateCondition('always', facts)).toBe(true)
    expect(evaluateCondition({ answer: 'pay.approach', is: 'require' }, facts)).toBe(false)
    expect(evaluateCondition({ answer: 'contract.type', in: ['services', 'works'] }, facts)).toBe(
      true,
    )
    expect(evaluateCondition({ answer: 'voice.methods', includes: 'workshops' }, facts)).toBe(true)
    expect(
      evaluateCondition({ answer: 'contract.estimatedValue', at_least: 5_000_000 }, facts),
    ).toBe(true)
    expect(
      evaluateCondition({ answer: 'contract.estimatedValue', less_than: 5_000_000 }, facts),
    ).toBe(false)
    expect(evaluateCondition({ answer: 'supplier.notes', answered: false }, facts)).toBe(true)
    expect(
      evaluateCondition(
        { all: [{ answer: 'pay.approach', is: 'score' }, { not: { answer: 'missing', is: 1 } }] },
        facts,
      ),
    ).toBe(true)
    expect(
      evaluateCondition(
        {
          any: [
            { answer: 'missing', at_least: 0 },
            { answer: 'missing', answered: true },
          ],
        },
        facts,
      ),
    ).toBe(false)
  })

  it('should never match an unanswered question with a comparison', () => {
    expect(evaluateCondition({ answer: 'missing', less_than: 10 }, facts)).toBe(false)
    expect(evaluateCondition({ answer: 'missing', in: ['a'] }, facts)).toBe(false)
  })
})

describe('explainCondition', () => {
  it('should say why a condition fails or holds, in plain English', () => {
    expect(explainCondition({ answer: 'pay.approach', is: 'require' }, facts)).toBe(
      'pay.approach is "score", not "require"',
    )
    expect(explainCondition({ answer: 'pay.approach', is: 'score' }, facts)).toBe(
      'pay.approach is "score"',
    )
    expect(explainCondition({ answer: 'contract.type', in: ['goods'] }, facts)).toBe(
      'contract.type is "works", not one of "goods"',
    )
    expect(explainCondition({ answer: 'voice.methods', includes: 'surveys' }, facts)).toBe(
      'voice.methods is ["workshops"], which does not include "surveys"',
    )
    expect(explainCondition({ answer: 'contract.estimatedValue', less_than: 10 }, facts)).toBe(
      'contract.estimatedValue is 6000000, not less than 10',
    )
    expect(explainCondition({ answer: 'missing', is: 'x' }, facts)).toBe('missing is not answered')
    expect(
      explainCondition(
        {
          all: [
            { answer: 'pay.approach', is: 'score' },
            { answer: 'contract.type', is: 'goods' },
          ],
        },
        facts,
      ),
    ).toBe('contract.type is "works", not "goods"')
  })
})

describe('conditionReferences', () => {
  it('should list every answer id named, once, in order', () => {
    expect(
      conditionReferences({
        any: [
          { answer: 'b', is: 1 },
          {
            not: {
              all: [
                { answer: 'a', answered: true },
                { answer: 'b', is: 2 },
              ],
            },
          },
        ],
      }),
    ).toEqual(['b', 'a'])
    expect(conditionReferences('always')).toEqual([])
  })
})

describe('conditionSchema', () => {
  it('should accept each form and refuse objects with two forms or unknown keys', () => {
    expect(
      conditionSchema.safeParse({ all: [{ answer: 'a', is: 'x' }, { not: 'always' }] }).success,
    ).toBe(true)
    expect(conditionSchema.safeParse({ answer: 'a', is: 'x', in: ['y'] }).success).toBe(false)
    expect(conditionSchema.safeParse({ answer: 'a', equals: 'x' }).success).toBe(false)
    expect(conditionSchema.safeParse('sometimes').error?.issues[0]?.message).toContain(
      'Expected a condition: `always`',
    )
  })
})
