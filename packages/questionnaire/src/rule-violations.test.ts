import { describe, expect, it } from 'vitest'
import type { Questionnaire } from './questionnaire.js'
import { ruleViolations } from './rule-violations.js'

const when = {
  all: [
    { answer: 'regime', is: 'pa2023' },
    { answer: 'lots.reason', answered: false },
    { answer: 'contract.type', in: ['works', 'goods'] },
  ],
}
const questionnaire = {
  rules: [{ id: 'works-need-a-reason', when, message: 'Give a reason for works' }],
} as unknown as Questionnaire

describe('ruleViolations', () => {
  it('should place a broken rule on the first answered question it names, never on regime', () => {
    expect(ruleViolations(questionnaire, { contract: { type: 'works' } })).toEqual([
      {
        id: 'works-need-a-reason',
        message: 'Give a reason for works',
        when,
        because: expect.stringContaining('contract.type is "works"'),
        questionId: 'contract.type',
      },
    ])
  })

  it('should find nothing when the answers break no rule', () => {
    expect(ruleViolations(questionnaire, { contract: { type: 'services' } })).toEqual([])
    expect(ruleViolations({ ...questionnaire, rules: undefined }, {})).toEqual([])
  })
})
