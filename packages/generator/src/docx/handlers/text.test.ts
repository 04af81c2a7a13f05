import { describe, expect, it } from 'vitest'
import { foldLineEndings } from './text.js'

describe('foldLineEndings', () => {
  it('should fold a line ending and the blanks around it into one space', () => {
    expect(foldLineEndings('one \t\r\n\t two\nthree')).toBe('one two three')
  })

  it('should keep blanks that are not next to a line ending', () => {
    expect(foldLineEndings(' a \t b ')).toBe(' a \t b ')
    expect(foldLineEndings(' a\n b ')).toBe(' a b ')
  })

  // Note: 20,000 tabs took the old regex about 2 s; the timeout is only a hang guard.
  it('F17: folds a long run of tabs before a line ending in one pass', () => {
    expect(foldLineEndings(`a${'\t'.repeat(20_000)}\nb`)).toBe('a b')
  }, 5_000)
})
