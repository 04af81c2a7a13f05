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
      { name: 'layer' },
      { name: 'remove-layer' },
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
    const routes = [...ROUTES, extraRoute('guides/:guideId', 'guide')]
    const route: Route = { name: 'extra:guide', params: { guideId: 'fair-work' } }
    expect(routeHash(route, routes)).toBe('#/guides/fair-work')
    expect(parseRoute('#/guides/fair-work', model, documents, routes)).toEqual(route)
    expect(parseRoute('#/guides/fair-work', model, documents)).toEqual({ name: 'not-found' })
  })
  it('reads and writes the clause library’s own addresses', () => {
    const route = parseRoute('#/library/pay-rlw-require@1.0.0', model, documents)
    expect(route).toEqual({ name: 'library-clause', clauseId: 'pay-rlw-require', version: '1.0.0' })
    expect(routeHash(route)).toBe('#/library/pay-rlw-require@1.0.0')
    expect(parseRoute('#/releases/1.1.0', model, documents)).toEqual({
      name: 'release',
      version: '1.1.0',
    })
  })
})
