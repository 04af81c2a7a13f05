import type { Questionnaire } from '@betterforus/questionnaire'
import { describe, expect, it } from 'vitest'
import { ruleErrors } from './validate.js'

const rule = (when: object) =>
  ({ rules: [{ id: 'works-need-a-reason', when, message: 'Give a reason' }] }) as Questionnaire

describe('ruleErrors', () => {
  it('should place a broken rule on the first answered question it names, as parseAnswers does', () => {
    const questionnaire = rule({
      all: [
        { answer: 'lots.reason', answered: false },
        { answer: 'contract.type', is: 'works' },
      ],
    })
    expect(ruleErrors(questionnaire, { contract: { type: 'works' } })).toEqual([
      { questionId: 'contract.type', message: 'Give a reason', conflict: true },
    ])
  })

  it('should fall back to the first question it names when it names none that is answered', () => {
    const questionnaire = rule({ answer: 'lots.reason', answered: false })
    expect(ruleErrors(questionnaire, {})).toEqual([
      { questionId: 'lots.reason', message: 'Give a reason', conflict: true },
    ])
  })
})
