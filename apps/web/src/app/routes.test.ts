import { catalog } from '@betterforus/clauses'
import { describe, expect, it } from 'vitest'
import { buildModel } from './questionnaire-model.js'
import { parseRoute, routeHash } from './routes.js'

const model = buildModel(catalog.questionnaire)
const documents = catalog.pack.documents

describe('routes', () => {
  it('reads and writes hash routes from questionnaire ids only', () => {
    for (const route of [
      { name: 'tasks' },
      { name: 'check' },
      { name: 'pack' },
      { name: 'answers-file' },
      { name: 'question', pageId: 'authority.name', returnToCheck: true },
      { name: 'question', pageId: 'contract.type', returnToCheck: false },
      { name: 'section', sectionId: 'contract' },
      { name: 'pack', documentId: documents[0] as string },
    ] as const) {
      expect(parseRoute(routeHash(route), model, documents)).toEqual(route)
    }
  })
  it('refuses unknown ids', () => {
    expect(parseRoute('#/question/nope', model, documents)).toEqual({ name: 'not-found' })
    expect(parseRoute('#/question/reserved.disadvantagedDefinition', model, documents)).toEqual({
      name: 'not-found',
    })
    expect(parseRoute('#/%E0%A4%A', model, documents)).toEqual({ name: 'not-found' })
  })
})
