import { describe, expect, it } from 'vitest'
import { formatDate } from './format-date.js'

describe('formatDate', () => {
  it('should print an ISO date the way UK contracts do', () => {
    expect(formatDate('2026-05-01')).toBe('1 May 2026')
    expect(formatDate('2025-02-24')).toBe('24 February 2025')
  })
  it('G4: should not depend on the time zone', () => {
    const before = process.env.TZ
    process.env.TZ = 'Pacific/Kiritimati'
    expect(formatDate('2026-12-31')).toBe('31 December 2026')
    process.env.TZ = before
  })
  it('should refuse text that is not an ISO date, naming it', () => {
    expect(() => formatDate('1/5/2026')).toThrow('not `1/5/2026`')
  })
  it('T15: should refuse an impossible date instead of printing "30 February 2026"', () => {
    expect(() => formatDate('2026-02-30')).toThrow('not `2026-02-30`')
    expect(() => formatDate('2026-13-01')).toThrow(TypeError)
    expect(() => formatDate('2027-02-29')).toThrow(TypeError)
    expect(formatDate('2028-02-29')).toBe('29 February 2028')
  })
})
