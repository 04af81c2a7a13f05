import type { Rate } from '@betterforus/clauses'
import { describe, expect, it } from 'vitest'
import { isRateStale } from './is-rate-stale.js'

const rate = (announced: string): Rate => ({
  scheme: 'rlw',
  region: 'uk',
  rate: 13.45,
  announced_on: announced,
  effective_from: announced,
  source: 'test',
  tag: 'S',
})
const rates = [rate('2024-10-23'), rate('2025-10-22')]

describe('isRateStale', () => {
  it('should not warn within a year of the newest announcement, before the window closes', () => {
    expect(isRateStale(rates, '2026-06-01')).toBe(false)
    expect(isRateStale(rates, '2026-10-22')).toBe(false)
  })
  it('should warn more than twelve months after the newest announcement', () => {
    expect(isRateStale(rates, '2026-10-23')).toBe(true)
  })
  it('should warn after 30 November when no rate was announced that autumn', () => {
    expect(isRateStale([rate('2025-08-01')], '2025-12-01')).toBe(true)
    expect(isRateStale(rates, '2025-12-01')).toBe(false)
  })
})
