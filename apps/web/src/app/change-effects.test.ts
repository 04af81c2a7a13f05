import { readFileSync } from 'node:fs'
import { catalog } from '@betterforus/clauses'
import { parseAnswers } from '@betterforus/questionnaire'
import { describe, expect, it } from 'vitest'
import { changeEffects } from './change-effects.js'

const example = readFileSync(
  new URL('../../../../templates/examples/england-act-london.yaml', import.meta.url),
)
const { answers } = parseAnswers(example, catalog.questionnaire)
if (!answers) throw new Error('example does not parse')

describe('changeEffects', () => {
  it('names the answered questions a change hides and the clauses it drops', () => {
    const goods = { ...answers, contract: { ...(answers.contract as object), type: 'goods' } }
    const effects = changeEffects(catalog, answers, goods)
    expect(effects.questions.map((question) => question.id)).toContain('contract.workLocation')
    expect(effects.clauses.length).toBeGreaterThan(0)
    // The same change back drops nothing that was answered.
    expect(changeEffects(catalog, answers, answers)).toEqual({ questions: [], clauses: [] })
  })
})
