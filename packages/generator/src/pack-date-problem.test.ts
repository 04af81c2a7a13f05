import { catalog } from '@betterforus/clauses'
import { describe, expect, it } from 'vitest'
import { packDateProblem } from './pack-date-problem.js'

describe('packDateProblem', () => {
  it('should name document.date, the first rate missing and the earliest date that works', () => {
    expect(packDateProblem(catalog.data, '2020-01-01')).toBe(
      '`document.date` is 1 January 2020, before the first nlw rate for all in the data (1 April 2020), which the pack prints; date the pack on or after 1 April 2020',
    )
  })

  it('should accept a date from which every rate of the data exists', () => {
    expect(packDateProblem(catalog.data, '2020-04-01')).toBeUndefined()
    expect(packDateProblem(catalog.data, '2026-06-01')).toBeUndefined()
  })
})
