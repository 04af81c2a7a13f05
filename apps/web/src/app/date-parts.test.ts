import { describe, expect, it } from 'vitest'
import { datePartsFromIso, readDateParts } from './date-parts.js'

describe('date parts', () => {
  it('reads three boxes as an ISO date', () => {
    expect(readDateParts({ day: '2', month: '3', year: '2026' })).toEqual({
      kind: 'ok',
      iso: '2026-03-02',
    })
    expect(readDateParts({ day: ' 29 ', month: '02', year: '2024' })).toEqual({
      kind: 'ok',
      iso: '2024-02-29',
    })
  })
  it('treats three empty boxes as unanswered', () => {
    expect(readDateParts({ day: '', month: ' ', year: '' })).toEqual({ kind: 'empty' })
  })
  it('names the missing boxes, GOV.UK style', () => {
    expect(readDateParts({ day: '1', month: '', year: '' })).toEqual({
      kind: 'error',
      message: 'The date must include a month and year',
      parts: ['month', 'year'],
    })
  })
  it('refuses impossible dates and short years', () => {
    expect(readDateParts({ day: '29', month: '2', year: '2026' })).toMatchObject({
      kind: 'error',
      parts: ['day'],
    })
    expect(readDateParts({ day: '1', month: '13', year: '2026' })).toMatchObject({
      kind: 'error',
      parts: ['month'],
    })
    expect(readDateParts({ day: '1', month: '1', year: '26' })).toMatchObject({
      message: 'The year must include 4 numbers',
    })
    expect(readDateParts({ day: 'x', month: '1', year: '2026' })).toMatchObject({
      message: 'The date must be a real date',
    })
  })
  it('splits an ISO date back into boxes, and round-trips', () => {
    expect(datePartsFromIso('2026-03-02')).toEqual({ day: '2', month: '3', year: '2026' })
    expect(readDateParts(datePartsFromIso('2026-11-27'))).toEqual({ kind: 'ok', iso: '2026-11-27' })
    expect(datePartsFromIso('not a date')).toEqual({ day: '', month: '', year: '' })
  })
  it('accepts month names and their first three letters, in any case', () => {
    expect(readDateParts({ day: '2', month: 'March', year: '2026' })).toEqual({
      kind: 'ok',
      iso: '2026-03-02',
    })
    expect(readDateParts({ day: '2', month: 'sept', year: '2026' })).toEqual({
      kind: 'ok',
      iso: '2026-09-02',
    })
    expect(readDateParts({ day: '2', month: 'DEC.', year: '2026' })).toEqual({
      kind: 'ok',
      iso: '2026-12-02',
    })
    expect(readDateParts({ day: '2', month: 'Marchy', year: '2026' }).kind).toBe('error')
  })
})
