import type { RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString as textOf } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { numberClause } from './number-clause.js'

const mark = { id: 'pay-rlw-require', version: '1.0.0', bookmark: 'c_pay_rlw_require' }
const numbersOf = (markdown: string) =>
  numberClause(3, 'Real Living Wage', mark, fromMarkdown(markdown).children as RootContent[]).map(
    (block) => {
      const numbering =
        'data' in block
          ? (block.data as { numbering?: { number: string; restart?: boolean } })?.numbering
          : undefined
      return [
        numbering?.number ?? block.type,
        textOf(block).slice(0, 12),
        numbering?.restart ?? false,
      ]
    },
  )

describe('numberClause', () => {
  it('should number the heading, paragraphs, sub-headings and the paragraphs beneath them', () => {
    expect(
      numbersOf('First.\n\nSecond.\n\n## Evidence\n\nThird.\n\nFourth.\n\n## Reporting\n\nFifth.'),
    ).toEqual([
      ['3', 'Real Living ', false],
      ['3.1', 'First.', false],
      ['3.2', 'Second.', false],
      ['3.3', 'Evidence', false],
      ['3.3.1', 'Third.', false],
      ['3.3.2', 'Fourth.', false],
      ['3.4', 'Reporting', false],
      ['3.4.1', 'Fifth.', false],
    ])
  })

  it('G1: should letter each numbered list from (a), and nested lists from (i)', () => {
    expect(
      numbersOf('Must:\n\n1. one\n2. two\n   1. deep\n   2. deeper\n\nThen:\n\n1. again'),
    ).toEqual([
      ['3', 'Real Living ', false],
      ['3.1', 'Must:', false],
      ['(a)', 'one', true],
      ['(b)', 'two', false],
      ['(i)', 'deep', true],
      ['(ii)', 'deeper', false],
      ['3.2', 'Then:', false],
      ['(a)', 'again', true],
    ])
  })

  it('should keep bullet lists and tables unnumbered', () => {
    expect(numbersOf('Lead.\n\n- a\n- b')).toEqual([
      ['3', 'Real Living ', false],
      ['3.1', 'Lead.', false],
      ['list', 'ab', false],
    ])
  })

  it('T6: should refuse text indented into a code block, naming the clause, never printing it as code', () => {
    expect(() => numbersOf('Lead.\n\n    The Supplier must pay.')).toThrow(
      'not a code (clause pay-rlw-require, after 3.1)',
    )
  })

  it('should refuse a block quote in a clause body, naming the clause', () => {
    expect(() => numbersOf('> quoted')).toThrow(
      'not a blockquote (clause pay-rlw-require, after 3)',
    )
  })
})
