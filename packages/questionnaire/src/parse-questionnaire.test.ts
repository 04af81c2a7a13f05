import { describe, expect, it } from 'vitest'
import { parseQuestionnaire } from './parse-questionnaire.js'

const GOOD = `version: 1.0.0
sections:
  - id: authority
    title: The contracting authority
    questions:
      - id: authority.name
        text: What is the contracting authority's name?
        type: text
        required: true
        max_length: 200
`

describe('parseQuestionnaire', () => {
  it('should read a valid questionnaire', () => {
    const { questionnaire, file } = parseQuestionnaire(GOOD, 'questionnaire.yaml')
    expect(file.messages).toEqual([])
    expect(questionnaire?.sections[0]?.questions[0]?.max_length).toBe(200)
  })

  it('should report schema problems with line and column', () => {
    const { questionnaire, file } = parseQuestionnaire(
      GOOD.replace('type: text', 'type: txt').replace('max_length: 200', 'maxLength: 200'),
    )
    expect(questionnaire).toBeUndefined()
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['invalid-questionnaire', 8, 15],
      ['unknown-key', 10, 9],
    ])
  })

  it('should report a limit that does not fit the question type', () => {
    const { file } = parseQuestionnaire(GOOD.replace('type: text', 'type: yes-no'))
    expect(file.messages[0]).toMatchObject({
      line: 10,
      column: 21,
      reason:
        '`max_length` applies only to text and long-text questions, not to yes-no at sections.0.questions.0.max_length',
    })
  })

  it('should report checkQuestionnaire problems at the offending value', () => {
    const { file } = parseQuestionnaire(
      `${GOOD}        show_if: { answer: authority.nme, is: x }\n`,
    )
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['unknown-reference', 11, 28],
    ])
  })

  it('T8: should refuse invalid YAML and duplicate keys with their place', () => {
    expect(parseQuestionnaire(`${GOOD}version: 2.0.0\n`).file.messages[0]).toMatchObject({
      ruleId: 'yaml-duplicate-key',
      line: 11,
    })
  })
})
