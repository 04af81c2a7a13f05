import { describe, expect, it } from 'vitest'
import type { Rate } from './schemas/data.js'
import { selectRate } from './select-rate.js'

const rate = (region: Rate['region'], value: number, announced: string, comply: string): Rate => ({
  scheme: 'rlw',
  region,
  rate: value,
  announced_on: announced,
  effective_from: announced,
  comply_by: comply,
  source: 'test',
  tag: 'V',
})
const rates = [
  rate('uk', 12.6, '2024-10-23', '2025-05-01'),
  rate('uk', 13.45, '2025-10-22', '2026-05-01'),
  rate('london', 14.8, '2025-10-22', '2026-05-01'),
  {
    ...rate('all', 12.71, '2025-11-26', '2026-04-01'),
    scheme: 'nlw',
    effective_from: '2026-04-01',
  } as Rate,
]

describe('selectRate', () => {
  it('should pick the latest rate announced on or before the date', () => {
    expect(selectRate(rates, { scheme: 'rlw', place: 'rest-of-uk', date: '2025-10-21' }).rate).toBe(
      12.6,
    )
    expect(selectRate(rates, { scheme: 'rlw', place: 'rest-of-uk', date: '2025-10-22' }).rate).toBe(
      13.45,
    )
  })
  it('should use the London rate for work in London', () => {
    expect(selectRate(rates, { scheme: 'rlw', place: 'london', date: '2026-06-01' }).rate).toBe(
      14.8,
    )
  })
  it('should use the National Living Wage only from the date it takes effect', () => {
    expect(() => selectRate(rates, { scheme: 'nlw', place: 'london', date: '2026-03-31' })).toThrow(
      'No nlw rate for london was announced on or before 2026-03-31',
    )
    expect(selectRate(rates, { scheme: 'nlw', place: 'london', date: '2026-04-01' }).rate).toBe(
      12.71,
    )
  })
})
