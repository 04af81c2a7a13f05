import { describe, expect, it } from 'vitest'
import { citationsFileSchema } from './data.js'

describe('citationsFileSchema', () => {
  it('should read library 1.0 citations (one form per regime, no provisions) as a single unscoped form', () => {
    const legacy = {
      citations: {
        'prompt-payment': {
          pa2023: {
            full: 'sections 68 and 73 of the Procurement Act 2023',
            short: 'sections 68 and 73',
          },
        },
      },
    }
    const parsed = citationsFileSchema.parse(legacy)
    expect(parsed.provisions).toEqual({})
    expect(parsed.citations['prompt-payment']?.pa2023).toEqual([
      { full: 'sections 68 and 73 of the Procurement Act 2023', short: 'sections 68 and 73' },
    ])
  })

  it('should still refuse a scoped form that names an unknown provision', () => {
    const scoped = {
      provisions: {},
      citations: { topic: { pa2023: [{ provisions: ['pa2023-s99'], full: 'x', short: 'x' }] } },
    }
    expect(citationsFileSchema.safeParse(scoped).success).toBe(false)
  })
})
