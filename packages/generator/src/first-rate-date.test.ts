import type { Rate } from '@betterforus/clauses'
import { describe, expect, it } from 'vitest'
import { firstRateDate } from './first-rate-date.js'

const rate = (
  scheme: Rate['scheme'],
  region: Rate['region'],
  announced: string,
  effective: string,
): Rate => ({
  scheme,
  region,
  rate: 10,
  announced_on: announced,
  effective_from: effective,
  source: 'test',
  tag: 'S',
})

describe('firstRateDate', () => {
  it('should give the first date with a rate for every scheme and region', () => {
    const rates = [
      rate('rlw', 'uk', '2019-11-11', '2019-11-11'),
      rate('rlw', 'london', '2019-11-11', '2019-11-11'),
      rate('rlw', 'uk', '2020-11-09', '2020-11-09'),
      // Note: the National Living Wage counts from the day it takes effect, not its announcement.
      rate('nlw', 'all', '2019-12-31', '2020-04-01'),
    ]
    expect(firstRateDate(rates)).toBe('2020-04-01')
  })

  it('should give the first announcement when every region starts together', () => {
    expect(firstRateDate([rate('rlw', 'uk', '2021-11-15', '2021-11-15')])).toBe('2021-11-15')
  })

  it('should give nothing for no rates', () => {
    expect(firstRateDate([])).toBeUndefined()
  })
})
