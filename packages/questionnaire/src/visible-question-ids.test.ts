import { describe, expect, it } from 'vitest'
import type { Questionnaire } from './questionnaire.js'
import { visibleQuestionIds } from './visible-question-ids.js'

const questionnaire: Questionnaire = {
  version: '1.0.0',
  sections: [
    {
      id: 'main',
      title: 'Main',
      questions: [
        {
          id: 'a.kind',
          text: 'Kind?',
          type: 'one-of',
          options: [
            { value: 'x', label: 'X' },
            { value: 'y', label: 'Y' },
          ],
        },
        { id: 'a.detail', text: 'Detail?', type: 'yes-no', show_if: { answer: 'a.kind', is: 'x' } },
        { id: 'a.more', text: 'More?', type: 'text', show_if: { answer: 'a.detail', is: true } },
        {
          id: 'a.regime',
          text: 'Old rules?',
          type: 'text',
          show_if: { answer: 'regime', is: 'pcr2015' },
        },
      ],
    },
  ],
}

describe('visibleQuestionIds', () => {
  it('should list the shown questions in order', () => {
    expect([...visibleQuestionIds(questionnaire, { a: { kind: 'x', detail: true } })]).toEqual([
      'a.kind',
      'a.detail',
      'a.more',
    ])
  })

  it('should treat a hidden question’s answer as unanswered for later conditions', () => {
    expect([...visibleQuestionIds(questionnaire, { a: { kind: 'y', detail: true } })]).toEqual([
      'a.kind',
    ])
  })

  it('should let a condition name the derived regime', () => {
    expect(
      visibleQuestionIds(questionnaire, { procurement: { startDate: '2024-01-01' } }).has(
        'a.regime',
      ),
    ).toBe(true)
  })
})
