import { catalog } from '@betterforus/clauses'
import { describe, expect, it } from 'vitest'
import { buildModel } from './questionnaire-model.js'
import { extraRoute, parseRoute, ROUTES, type Route, routeHash } from './routes.js'

const model = buildModel(catalog.questionnaire)
const documents = catalog.pack.documents

describe('routes', () => {
  it('reads and writes hash routes from questionnaire ids only', () => {
    for (const route of [
      { name: 'start' },
      { name: 'tasks' },
      { name: 'check' },
      { name: 'pack' },
      { name: 'answers-file' },
      { name: 'clear-draft' },
      { name: 'feedback' },
      { name: 'question', pageId: 'authority.name', returnToCheck: true },
      { name: 'question', pageId: 'contract.type', returnToCheck: false },
      { name: 'section', sectionId: 'contract' },
      { name: 'pack', documentId: documents[0] as string },
    ] as const) {
      expect(parseRoute(routeHash(route), model, documents)).toEqual(route)
    }
    expect(parseRoute('', model, documents)).toEqual({ name: 'start' })
  })
  it('refuses unknown ids', () => {
    expect(parseRoute('#/question/nope', model, documents)).toEqual({ name: 'not-found' })
    expect(parseRoute('#/question/reserved.disadvantagedDefinition', model, documents)).toEqual({
      name: 'not-found',
    })
    expect(parseRoute('#/%E0%A4%A', model, documents)).toEqual({ name: 'not-found' })
    expect(parseRoute('#/check/', model, documents)).toEqual({ name: 'not-found' })
  })
  it('adds another part’s route with one table line, read and written alike', () => {
    const routes = [...ROUTES, extraRoute('library/:clauseId', 'library-clause')]
    const route: Route = { name: 'extra:library-clause', params: { clauseId: 'fair-work' } }
    expect(routeHash(route, routes)).toBe('#/library/fair-work')
    expect(parseRoute('#/library/fair-work', model, documents, routes)).toEqual(route)
    expect(parseRoute('#/library/fair-work', model, documents)).toEqual({ name: 'not-found' })
  })
})
