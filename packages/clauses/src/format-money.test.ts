import { describe, expect, it } from 'vitest'
import { formatMoney } from './format-money.js'

describe('formatMoney', () => {
  it('should group thousands and leave out pence when there are none', () => {
    expect(formatMoney(2500000)).toBe('£2,500,000')
    expect(formatMoney(0)).toBe('£0')
  })
  it('should show pence to two places when there are some', () => {
    expect(formatMoney(13.5)).toBe('£13.50')
    expect(formatMoney(1234.05)).toBe('£1,234.05')
  })
  it('should refuse a value that is not a finite number', () => {
    expect(() => formatMoney(Number.NaN)).toThrow(TypeError)
  })
  it('U16: should refuse an amount whose pence a double cannot hold exactly', () => {
    expect(formatMoney(1_000_000_000_000)).toBe('£1,000,000,000,000')
    expect(() => formatMoney(1e23)).toThrow('not `1e+23`')
    expect(() => formatMoney(2 ** 53)).toThrow(RangeError)
  })
})
