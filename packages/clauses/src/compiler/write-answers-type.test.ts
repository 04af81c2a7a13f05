import type { Questionnaire } from '@betterforus/questionnaire'
import { describe, expect, it } from 'vitest'
import { writeAnswersType } from './write-answers-type.js'

const questionnaire: Questionnaire = {
  version: '2.0.0',
  sections: [
    {
      id: 'authority',
      title: 'Authority',
      questions: [
        { id: 'authority.name', text: 'Name?', type: 'text', required: true },
        {
          id: 'authority.nation',
          text: 'Nation?',
          type: 'one-of',
          required: true,
          options: [
            { value: 'england', label: 'England' },
            { value: 'northern-ireland', label: 'Northern Ireland' },
          ],
        },
      ],
    },
    {
      id: 'contract',
      title: 'Contract',
      questions: [
        { id: 'contract.value', text: 'Value?', type: 'money' },
        { id: 'contract.start', text: 'Start */ date?', type: 'date', required: false },
        {
          id: 'contract.lots',
          text: 'Lots?',
          type: 'several-of',
          options: [
            { value: 'a', label: 'A' },
            { value: 'b', label: 'B' },
          ],
        },
        {
          id: 'contract.reserved',
          text: 'Reserved?',
          type: 'yes-no',
          required: true,
          show_if: { answer: 'contract.value', is: 1 },
        },
      ],
    },
  ],
}

describe('writeAnswersType', () => {
  const code = writeAnswersType(questionnaire)

  it('should make required, always-shown questions and their groups required', () => {
    expect(code).toContain('  authority: {\n')
    expect(code).toContain('    name: string\n')
    expect(code).toContain('    nation: "england" | "northern-ireland"\n')
  })

  it('should make optional and conditional questions, and groups of them, optional', () => {
    expect(code).toContain('  contract?: {\n')
    expect(code).toContain('    value?: number\n')
    expect(code).toContain('    start?: string\n')
    expect(code).toContain('    reserved?: boolean\n')
  })

  it('should type several-of as an array of its values', () => {
    expect(code).toContain('    lots?: Array<"a" | "b">\n')
  })

  it('should allow the metadata keys and keep question text safe inside doc comments', () => {
    expect(code).toContain('  $schema?: string\n')
    expect(code).toContain('  questionnaireVersion?: string\n')
    expect(code).toContain('/** Start *\\/ date? */')
    expect(code).toContain('questionnaire 2.0.0')
  })
})
