import { describe, expect, it } from 'vitest'
import { layDefaultValues } from './lay-default-values.js'

const defaults = {
  'authority.name': 'Riverside Borough Council',
  'authority.nation': 'england',
  'procurement.startDate': { day: '1', month: '4', year: '2026' },
}

describe('layDefaultValues', () => {
  it('should answer with a default each question the user left unanswered, and name them', () => {
    const laid = layDefaultValues(
      { 'authority.name': '  ', 'procurement.startDate': { day: '', month: '', year: '' } },
      defaults,
    )
    expect(laid.values).toEqual(defaults)
    expect([...laid.fromDefaults]).toEqual(Object.keys(defaults))
  })

  it('should keep every answer the user gave, a part-typed date included', () => {
    const values = {
      'authority.name': 'Another council',
      'procurement.startDate': { day: '3', month: '', year: '' },
      'contract.title': 'Cleaning',
    }
    const laid = layDefaultValues(values, defaults)
    expect(laid.values).toEqual({ ...values, 'authority.nation': 'england' })
    expect([...laid.fromDefaults]).toEqual(['authority.nation'])
  })

  it('should change nothing without defaults', () => {
    const values = { 'authority.name': 'A council' }
    expect(layDefaultValues(values, {})).toEqual({ values, fromDefaults: new Set() })
  })
})
