import { describe, expect, it } from 'vitest'
import { answersJsonSchema } from './answers-json-schema.js'
import { buildAnswersSchema } from './build-answers-schema.js'
import type { Questionnaire } from './questionnaire.js'

const questionnaire: Questionnaire = {
  version: '1.2.0',
  sections: [
    {
      id: 'main',
      title: 'Main',
      questions: [
        { id: 'contract.title', text: 'Title?', type: 'text', required: true, max_length: 80 },
        { id: 'contract.value', text: 'Value?', type: 'money', max: 100 },
        {
          id: 'contract.kind',
          text: 'Kind?',
          type: 'several-of',
          options: [{ value: 'a', label: 'A' }],
          required: true,
          show_if: { answer: 'contract.value', at_least: 5 },
        },
      ],
    },
  ],
}

describe('answersJsonSchema', () => {
  it('should describe the answers file as draft 2020-12 JSON Schema', () => {
    // biome-ignore lint/suspicious/noExplicitAny: the test reads nested JSON Schema
    const schema = answersJsonSchema(questionnaire) as Record<string, any>
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.required).toEqual(['contract'])
    expect(schema.additionalProperties).toBe(false)
    const contract = schema.properties.contract
    expect(contract.required).toEqual(['title'])
    expect(contract.properties.title).toEqual({
      description: 'Title?',
      anyOf: [{ type: 'string', maxLength: 80 }, { type: 'null' }],
    })
    expect(contract.properties.value.anyOf[0]).toEqual({
      type: 'number',
      minimum: 0,
      maximum: 100,
      multipleOf: 0.01,
    })
    expect(JSON.stringify(contract.properties.kind)).toContain('"enum":["a"]')
  })
})

describe('buildAnswersSchema', () => {
  it('U5: should give a clean field error for constructor and toString keys', () => {
    const result = buildAnswersSchema(questionnaire).safeParse(
      JSON.parse('{"contract": {"title": "x", "constructor": 1, "toString": 2}}'),
    )
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Unknown answer "contract.constructor": no question has this id; Unknown answer "contract.toString": no question has this id',
    ])
  })

  it('should output normalised text: LF line endings, NFC, trimmed', () => {
    const result = buildAnswersSchema(questionnaire).parse({ contract: { title: ' Cafe\u0301 ' } })
    expect(result).toEqual({ contract: { title: 'Café' } })
  })
})
