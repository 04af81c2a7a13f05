import { describe, expect, it } from 'vitest'
import { redlineLibrary } from './build-redline.js'
import { summaryToMarkdown } from './redline-to-markdown.js'
import { diffParagraphs, MAX_EDIT_LENGTH } from './word-diff.js'

/** `count` words drawn from a fixed sequence: two seeds give two long, unrelated texts. */
function words(count: number, seed: number): string {
  let state = seed
  const out: string[] = []
  for (let index = 0; index < count; index++) {
    state = (state * 1103515245 + 12345) % 2147483648
    out.push(`w${state % 5000}`)
  }
  return out.join(' ')
}

describe('diffParagraphs', () => {
  it('should diff word by word within the bound', () => {
    expect(diffParagraphs(['pay the wage'], ['pay the living wage'])).toEqual({
      paragraphs: [
        [
          { kind: 'same', text: 'pay the ' },
          { kind: 'insert', text: 'living ' },
          { kind: 'same', text: 'wage' },
        ],
      ],
      wholeParagraphs: false,
    })
  })

  // Note: unbounded, these two texts took 35 s on a laptop; no time is asserted here (the
  // vitest timeout is the hang guard), only that the bound is reached and said.
  it('G11: should fall back to whole paragraphs deleted then inserted past the edit bound', () => {
    const before = [words(2500, 1), words(2500, 3)]
    const after = [words(2500, 2), words(2500, 4)]
    const { paragraphs, wholeParagraphs } = diffParagraphs(before, after)
    expect(wholeParagraphs).toBe(true)
    expect(paragraphs).toEqual([
      [{ kind: 'delete', text: before[0] }],
      [{ kind: 'delete', text: before[1] }],
      [{ kind: 'insert', text: after[0] }],
      [{ kind: 'insert', text: after[1] }],
    ])
  })

  it('G11: should use the bound given, so a small one is reached by a short change', () => {
    expect(diffParagraphs(['a b c d'], ['e f g h'], 2).wholeParagraphs).toBe(true)
    expect(diffParagraphs(['a b c d'], ['a b c e'], 2).wholeParagraphs).toBe(false)
  })

  it('G11: should say in the summary and the section note which clause was compared whole', () => {
    const clause = (body: string, version: string) => ({
      id: 'pay-living',
      title: 'Living wage',
      version,
      body,
      sha256: body.length.toString(16),
    })
    const redline = redlineLibrary(
      { label: 'old', clauses: [clause(words(3000, 1), '1.0.0')] },
      { label: 'new', clauses: [clause(words(3000, 2), '2.0.0')] },
    )
    const flag = `more than ${MAX_EDIT_LENGTH} word edits apart: shown as whole paragraphs deleted and inserted`
    expect(redline.summary.clauses[0]?.flags).toEqual([flag])
    expect(redline.documents[0]?.sections[0]?.note).toContain(flag)
    expect(summaryToMarkdown(redline.summary)).toContain(flag)
  })
})
