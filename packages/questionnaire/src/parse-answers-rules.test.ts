import { describe, expect, it } from 'vitest'
import { parseAnswers } from './parse-answers.js'
import { parseQuestionnaire } from './parse-questionnaire.js'

const { questionnaire } = parseQuestionnaire(`
version: 1.0.0
sections:
  - id: contract
    title: The contract
    questions:
      - id: contract.type
        text: What kind of contract is it?
        type: one-of
        required: true
        options: [{ value: goods, label: Goods }, { value: services, label: Services }, { value: works, label: Works }]
      - { id: reserved.mutual, text: Reserve it for public service mutuals?, type: yes-no, required: true }
rules:
  - id: mutual-services-only
    when: { all: [{ answer: reserved.mutual, is: true }, { answer: contract.type, in: [goods, works] }] }
    message: Only some services can be reserved for public service mutuals; answer false or change the contract type
`)
if (!questionnaire) throw new Error('fixture')

describe('parseAnswers with rules', () => {
  it('should refuse a combination the law does not allow, naming the reason and the answers', () => {
    const { answers, file } = parseAnswers(
      'contract: { type: works }\nreserved: { mutual: true }\n',
      questionnaire,
    )
    expect(answers).toBeUndefined()
    expect(file.messages.map((message) => [message.ruleId, message.line, message.reason])).toEqual([
      [
        'not-allowed',
        2,
        'Only some services can be reserved for public service mutuals; answer false or change the contract type (reserved.mutual is true and contract.type is "works", one of "goods", "works")',
      ],
    ])
  })

  it('should accept the same answers where the rule does not hold', () => {
    expect(
      parseAnswers('contract: { type: services }\nreserved: { mutual: true }\n', questionnaire)
        .answers,
    ).toBeDefined()
  })

  it('should check that a rule names real questions', () => {
    const { questionnaire: bad, file } = parseQuestionnaire(`
version: 1.0.0
sections: [{ id: a, title: A, questions: [{ id: a.b, text: B?, type: yes-no }] }]
rules: [{ id: r, when: { answer: a.c, is: true }, message: No. }]
`)
    expect(bad).toBeUndefined()
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unknown-reference'])
    expect(String(file.messages[0]?.reason)).toContain(`rule r's when names "a.c"`)
  })
})
