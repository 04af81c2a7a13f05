import { describe, expect, it } from 'vitest'
import { checkQuestionnaire } from './check-questionnaire.js'
import type { Question } from './question.js'
import type { Questionnaire } from './questionnaire.js'

function questionnaire(...questions: Question[]): Questionnaire {
  return { version: '1.0.0', sections: [{ id: 'main', title: 'Main', questions }] }
}

const type: Question = {
  id: 'contract.type',
  text: 'What kind of contract?',
  type: 'one-of',
  options: [
    { value: 'goods', label: 'Goods' },
    { value: 'works', label: 'Works' },
  ],
}

describe('checkQuestionnaire', () => {
  it('should accept a questionnaire whose conditions name earlier questions and regime', () => {
    const shown: Question = {
      id: 'contract.site',
      text: 'Where?',
      type: 'text',
      show_if: {
        all: [
          { answer: 'contract.type', is: 'works' },
          { answer: 'regime', in: ['pa2023'] },
        ],
      },
    }
    expect(checkQuestionnaire(questionnaire(type, shown))).toEqual([])
  })

  it('should report duplicate ids, ids that are not dotted camelCase, reserved ids and prefix clashes', () => {
    const problems = checkQuestionnaire(
      questionnaire(
        type,
        { ...type },
        { id: 'Contract-Type', text: 'x', type: 'text' },
        { id: 'regime.kind', text: 'x', type: 'text' },
        { id: 'contract.type.detail', text: 'x', type: 'text' },
      ),
    )
    expect(problems.map((problem) => [problem.ruleId, problem.path.join('/')])).toEqual([
      ['duplicate-id', 'sections/0/questions/1/id'],
      ['invalid-id', 'sections/0/questions/2/id'],
      ['reserved-id', 'sections/0/questions/3/id'],
      ['id-prefix', 'sections/0/questions/4/id'],
    ])
    expect(problems[3]?.reason).toBe(
      'The question id "contract.type.detail" and "contract.type" clash: "contract.type" cannot be both an answer and a group of answers',
    )
  })

  it('should report a show_if naming an unknown or later question', () => {
    const early: Question = {
      id: 'a.first',
      text: 'x',
      type: 'text',
      show_if: { not: { answer: 'contract.type', is: 'goods' } },
    }
    const problems = checkQuestionnaire(questionnaire(early, type))
    expect(problems).toEqual([
      {
        ruleId: 'unknown-reference',
        path: ['sections', 0, 'questions', 0, 'show_if', 'not', 'answer'],
        reason: `a.first's show_if names "contract.type": a later question, or one that does not exist; a condition may name only earlier questions or regime`,
      },
    ])
  })

  it('should report values that are not among a one-of question’s options, or of the wrong type', () => {
    const bad: Question[] = [
      type,
      { id: 'contract.value', text: 'x', type: 'money' },
      {
        id: 'b.one',
        text: 'x',
        type: 'text',
        show_if: { answer: 'contract.type', in: ['goods', 'service'] },
      },
      { id: 'b.two', text: 'x', type: 'text', show_if: { answer: 'contract.type', at_least: 3 } },
      { id: 'b.three', text: 'x', type: 'text', show_if: { answer: 'contract.value', is: 'high' } },
      { id: 'b.four', text: 'x', type: 'text', show_if: { answer: 'regime', is: 'eu' } },
    ]
    const problems = checkQuestionnaire(questionnaire(...bad))
    expect(problems.map((problem) => [problem.ruleId, problem.path.slice(4).join('/')])).toEqual([
      ['not-an-option', 'show_if/in'],
      ['condition-type', 'show_if/at_least'],
      ['condition-type', 'show_if/is'],
      ['not-an-option', 'show_if/is'],
    ])
    expect(problems[0]?.reason).toBe(
      `b.one's show_if names "contract.type", whose options are "goods", "works", not "service"`,
    )
  })

  it.each([
    'constructor.prototype.x',
    'contract.toString',
    'valueOf',
    'authority.hasOwnProperty.name',
  ])('T14: should refuse the question id %s, naming the prototype name and the fix', (id) => {
    const problems = checkQuestionnaire(questionnaire({ id, text: 'Bad?', type: 'text' }))
    expect(problems).toHaveLength(1)
    expect(problems[0]?.ruleId).toBe('prototype-name')
    expect(problems[0]?.path).toEqual(['sections', 0, 'questions', 0, 'id'])
    const part = id
      .split('.')
      .find((segment) => segment in Object.prototype || segment === 'prototype')
    expect(problems[0]?.reason).toContain(`the part "${part}"`)
    expect(problems[0]?.reason).toContain('rename that part')
  })

  it('U16: should refuse a money question whose max is above the £1 trillion cap', () => {
    const problems = checkQuestionnaire(
      questionnaire({ id: 'contract.value', text: 'Value?', type: 'money', max: 1e15 }),
    )
    expect(problems.map((problem) => [problem.ruleId, problem.path])).toEqual([
      ['max-too-large', ['sections', 0, 'questions', 0, 'max']],
    ])
    expect(problems[0]?.reason).toContain('contract.value')
  })
})
