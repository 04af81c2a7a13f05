import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { catalog, formatMoney } from '@betterforus/clauses'
import { toMarkdownDocument } from '@betterforus/generator'
import { conditionReferences, getAnswer, listQuestions } from '@betterforus/questionnaire'
import { describe, expect, it } from 'vitest'
import { exampleAnswers, examplePack } from '../support/generate-example.js'
import { examples, templatesFolder } from '../support/paths.js'

const questions = new Map(
  listQuestions(catalog.questionnaire).map((question) => [question.id, question]),
)
const packs = examples.map((example) => ({
  ...example,
  answers: exampleAnswers(example.file),
  pack: examplePack(example.file),
}))

describe('the clause library', () => {
  it('should have at least 30 clauses across all five principles', () => {
    expect(catalog.clauses.length).toBeGreaterThanOrEqual(30)
    const principles = new Set(catalog.clauses.flatMap((clause) => clause.meta.principles))
    expect([...principles].sort()).toEqual([
      'decent-pay',
      'employee-voice',
      'good-work',
      'respect',
      'sustainable-procurement',
    ])
  })

  it.each(catalog.clauses.map((clause) => [clause.meta.id, clause]))(
    '%s: should have a legal basis for each regime it applies to',
    (_id, clause) => {
      for (const regime of clause.meta.applies.regimes)
        expect(clause.meta.legal_basis[regime]?.length).toBeGreaterThan(0)
    },
  )

  it('should name only real questions and values in every condition', () => {
    for (const clause of catalog.clauses) {
      for (const id of conditionReferences(clause.meta.include_when)) {
        expect(id === 'regime' || questions.has(id), `${clause.meta.id} names ${id}`).toBe(true)
      }
    }
  })

  it('should include every clause in the pack of at least one example', () => {
    const reached = new Set(
      packs.flatMap(({ pack }) =>
        pack.manifest.clauses.filter((clause) => clause.included).map((clause) => clause.id),
      ),
    )
    const unreached = catalog.clauses
      .map((clause) => clause.meta.id)
      .filter((id) => !reached.has(id))
    expect(unreached).toEqual([])
  })

  it('should not let two clauses define the same term, except variants of one group', () => {
    const definedBy = new Map<string, string>()
    for (const { meta } of catalog.clauses) {
      for (const term of meta.definitions.introduces) {
        const owner = meta.variant?.group ?? meta.id
        const first = definedBy.get(term)
        expect(
          first === undefined || first === owner,
          `${term} is defined by ${first} and ${owner}`,
        ).toBe(true)
        definedBy.set(term, owner)
      }
    }
  })

  it('should type no £ figure into any template, note, definition or question: figures come from data', () => {
    const files = ['clauses', 'documents'].flatMap((folder) =>
      readdirSync(path.join(templatesFolder, folder)).map((name) =>
        path.join(templatesFolder, folder, name),
      ),
    )
    files.push(
      ...['glossary.yaml', 'pack.yaml', 'questionnaire.yaml'].map((name) =>
        path.join(templatesFolder, name),
      ),
    )
    for (const file of files) {
      const figures = readFileSync(file, 'utf8').match(/£\s?\d[\d,.]*/g) ?? []
      expect(figures, path.relative(templatesFolder, file)).toEqual([])
    }
  })

  it.each(packs.map((example) => [example.name, example]))(
    '%s: every £ figure in the pack should come from data or answers',
    (_name, { answers, pack }) => {
      const allowed = new Set([
        ...catalog.data.rates.map((rate) => formatMoney(rate.rate)),
        ...Object.values(catalog.data.thresholds)
          .filter((threshold) => threshold.unit === 'pounds')
          .map((threshold) => formatMoney(threshold.value)),
        ...[...questions.values()]
          .filter((question) => question.type === 'money')
          .flatMap((question) => {
            const value = getAnswer(answers, question.id)
            return typeof value === 'number' ? [formatMoney(value)] : []
          }),
      ])
      for (const tree of pack.documents) {
        for (const figure of toMarkdownDocument(tree).match(/£\d{1,3}(?:,\d{3})*(?:\.\d{2})?/g) ??
          []) {
          expect(allowed, `${tree.data.id}: ${figure}`).toContain(figure)
        }
      }
    },
  )
})
