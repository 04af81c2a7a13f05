import { catalog } from '@betterforus/clauses'
import { describe, expect, it } from 'vitest'
import { questionClasses } from './question-classes.js'

const question = {
  id: 'contract.termMonths',
  text: 'Term',
  type: 'number' as const,
  min: 1,
  max: 240,
  whole_number: true,
}

describe('questionClasses', () => {
  it('should take numbers at and either side of each threshold, one per class', () => {
    const classes = questionClasses(
      question,
      [
        { kind: 'at-least', at: 37 },
        { kind: 'at-least', at: 61 },
      ],
      catalog,
    )
    expect(classes.map((item) => item.value)).toEqual([36, 37, 61])
  })

  it('should split at, below and above a threshold a template compares with gt', () => {
    const classes = questionClasses(
      question,
      [
        { kind: 'at-least', at: 12 },
        { kind: 'more-than', at: 12 },
      ],
      catalog,
    )
    expect(classes.map((item) => item.value)).toEqual([11, 12, 13])
  })

  it('should put the document date on either side of each rate announcement', () => {
    const dates = questionClasses(
      { id: 'document.date', text: 'Date', type: 'date' },
      [],
      catalog,
    ).map((item) => String(item.value))
    const announced = catalog.data.rates.filter((rate) => rate.scheme === 'rlw')
    for (const rate of announced) expect(dates).toContain(rate.announced_on)
    const first = announced.map((rate) => rate.announced_on).sort()[0] as string
    expect(dates.some((date) => date < first)).toBe(true)
  })
})
