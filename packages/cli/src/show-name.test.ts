import { describe, expect, it } from 'vitest'
import { showName } from './show-name.js'

describe('showName', () => {
  it('C10: should escape control characters in a file name and keep the rest', () => {
    expect(showName('notes\u001b[2K\r✓ ok\u009b.txt')).toBe('notes\\u{1b}[2K\\u{d}✓ ok\\u{9b}.txt')
    expect(showName('camden.yaml')).toBe('camden.yaml')
  })
})
