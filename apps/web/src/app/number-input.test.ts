import { describe, expect, it } from 'vitest'
import { readNumberInput } from './number-input.js'

describe('number input', () => {
  it('reads money as people write it', () => {
    expect(readNumberInput('£6,400,000', { type: 'money' })).toEqual({ kind: 'ok', value: 6400000 })
    expect(readNumberInput(' 1234.50 ', { type: 'money' })).toEqual({ kind: 'ok', value: 1234.5 })
  })
  it('reads a percentage with or without %', () => {
    expect(readNumberInput('20%', { type: 'percent' })).toEqual({ kind: 'ok', value: 20 })
    expect(readNumberInput('20', { type: 'percent' })).toEqual({ kind: 'ok', value: 20 })
  })
  it('refuses text with a GOV.UK message', () => {
    expect(readNumberInput('sixty', { type: 'number', whole_number: true })).toEqual({
      kind: 'error',
      message: 'Enter a whole number, like 36',
    })
    expect(readNumberInput('1e5', { type: 'money' })).toMatchObject({ kind: 'error' })
  })
  it('treats an empty box as unanswered', () => {
    expect(readNumberInput('  ', { type: 'number' })).toEqual({ kind: 'empty' })
  })
})
