import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString as textOf } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { redlineToMarkdown, summaryToMarkdown } from './redline-to-markdown.js'
import type { RedlineDocument } from './redline-types.js'

const document = (text: string, source = false): RedlineDocument => ({
  id: 'doc-contract-schedule',
  title: 'Contract schedule',
  from: 'old',
  to: 'new',
  date: '2026-12-07',
  source,
  sections: [
    {
      key: 'pay-living',
      clauseId: 'pay-living',
      status: 'changed',
      heading: [{ kind: 'same', text: 'Living wage' }],
      note: 'pay-living 1.0.0 → 2.0.0: changed meaning',
      paragraphs: [
        [
          { kind: 'same', text },
          { kind: 'insert', text: 'more ' },
          { kind: 'delete', text: 'less' },
        ],
      ],
    },
  ],
})

describe('redlineToMarkdown', () => {
  it('should mark insertions and deletions with CriticMarkup', () => {
    const markdown = redlineToMarkdown(document('The Supplier must pay '))
    expect(markdown).toBe(
      `${[
        '# Redline: Contract schedule',
        'From `old` to `new`. Insertions are marked {++like this++} and deletions {--like this--} (CriticMarkup).',
        '## Living wage',
        '*pay-living 1.0.0 → 2.0.0: changed meaning*',
        'The Supplier must pay {++more ++}{--less--}',
      ].join('\n\n')}\n`,
    )
  })

  it('F12: should keep an answer text: Markdown and CriticMarkup in it are escaped', () => {
    const hostile = '# x [a](b) *y* {++z++} {>>c<<} '
    const markdown = redlineToMarkdown(document(hostile))
    const paragraph = markdown.trimEnd().split('\n\n').at(-1) as string
    expect(paragraph).toContain('\\{++z++\\} \\{>>c<<\\}')
    // Read back as Markdown, the answer is the same text (the marks are literal braces and pluses).
    expect(textOf(fromMarkdown(paragraph))).toBe(`${hostile}{++more ++}{--less--}`)
  })

  it('should write a library redline’s template source as it is', () => {
    const markdown = redlineToMarkdown(document('{{#if pay.x}}*a*{{/if}} ', true))
    expect(markdown).toContain('{{#if pay.x}}*a*{{/if}} {++more ++}{--less--}')
  })
})

describe('summaryToMarkdown', () => {
  it('should keep a pipe in a title inside its table cell', () => {
    const markdown = summaryToMarkdown({
      from: 'old',
      to: 'new',
      mode: 'library',
      clauses: [
        {
          id: 'pay-living',
          title: 'Pay | wage',
          status: 'changed',
          fromVersion: '1.0.0',
          toVersion: '2.0.0',
          kind: 'changed meaning',
          textChanged: true,
          flags: [],
        },
      ],
    })
    expect(markdown).toContain(
      '| `pay-living` | Pay \\| wage | changed | 1.0.0 → 2.0.0 | changed meaning | yes | |',
    )
    expect(markdown).toContain('0 clause(s) unchanged.')
  })
})
