import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { catalog } from '@betterforus/clauses'
import { parseAnswers } from '@betterforus/questionnaire'
import { describe, expect, it } from 'vitest'
import { answersFileText } from './answers-file-text.js'
import { buildAnswers, formValuesFromAnswers } from './form-state.js'
import { buildModel } from './questionnaire-model.js'
import { validateForm } from './validate.js'

const examples = path.resolve(import.meta.dirname, '../../../../templates/examples')
const questionnaire = catalog.questionnaire

describe('form state and answers', () => {
  for (const name of readdirSync(examples).filter((file) => file.endsWith('.yaml'))) {
    it(`round-trips ${name}: answers → form → answers`, () => {
      const { answers } = parseAnswers(readFileSync(path.join(examples, name)), questionnaire)
      expect(answers).toBeDefined()
      if (!answers) return
      const values = formValuesFromAnswers(questionnaire, answers)
      const built = buildAnswers(questionnaire, values)
      expect(built.inputErrors.size).toBe(0)
      expect(JSON.parse(JSON.stringify(built.answers))).toEqual(JSON.parse(JSON.stringify(answers)))
      expect(validateForm(questionnaire, values).errors).toEqual([])
      const again = parseAnswers(answersFileText(built.answers), questionnaire)
      expect(again.answers).toEqual(answers)
      // The live preview's fast path gives the same answers as parseAnswers.
      expect(validateForm(questionnaire, values).normalised).toEqual(answers)
    })
  }

  it('leaves hidden answers out, and keeps them in the form', () => {
    const values = { 'contract.type': 'goods', 'contract.workLocation': 'london' }
    const built = buildAnswers(questionnaire, values)
    expect(built.visible.has('contract.workLocation')).toBe(false)
    expect(JSON.parse(JSON.stringify(built.answers))).toEqual({ contract: { type: 'goods' } })
  })

  it('reports fields that cannot be read, and missing answers in GOV.UK words', () => {
    const ids = new Set(['contract.estimatedValue', 'authority.name', 'procurement.startDate'])
    const { errors } = validateForm(
      questionnaire,
      {
        'contract.estimatedValue': 'lots',
        'procurement.startDate': { day: '31', month: '2', year: '2026' },
      },
      ids,
    )
    expect(errors).toEqual([
      { questionId: 'authority.name', message: "Enter the contracting authority's name" },
      { questionId: 'procurement.startDate', message: 'The date must be a real date', part: 'day' },
      {
        questionId: 'contract.estimatedValue',
        message: 'Enter an amount in pounds, like 2500000 or 1234.50',
      },
    ])
  })

  it('words range and length problems from the shared schema', () => {
    const { errors } = validateForm(
      questionnaire,
      { 'contract.termMonths': '0', 'authority.name': 'x'.repeat(201) },
      new Set(['contract.termMonths', 'authority.name']),
    )
    expect(errors.map((error) => error.message)).toEqual([
      "The contracting authority's name must be 200 characters or fewer",
      'The contract must last between 1 and 240 months',
    ])
  })

  it('reveals simple questions under the radio option that shows them', () => {
    const model = buildModel(questionnaire)
    const page = model.pages.find((candidate) => candidate.id === 'reserved.supportedEmployment')
    expect(page?.reveals.map((reveal) => [reveal.question.id, reveal.options])).toEqual([
      ['reserved.disadvantagedDefinition', ['yes']],
    ])
    expect(
      model.pages.some((candidate) => candidate.id === 'reserved.disadvantagedDefinition'),
    ).toBe(false)
    expect(model.pages.some((candidate) => candidate.id === 'contract.workLocation')).toBe(true)
  })
})
