import { SLOT_CLOSE, SLOT_OPEN, type Slot } from '@betterforus/clauses'
import fc from 'fast-check'
import type { Root, Table } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toMarkdown } from 'mdast-util-to-markdown'
import { toString as textOf } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { fromMarkdownOptions, toMarkdownOptions } from './markdown-options.js'
import { parseRendered } from './parse-rendered.js'

const slot = (index: number) => `${SLOT_OPEN}${index}${SLOT_CLOSE}`
const noRefs = () => {
  throw new Error('no refs here')
}
/** Render "The Supplier is <answer>." with the answer in a slot, and round-trip it through Markdown. */
function roundTrip(answer: string) {
  const slots: Slot[] = [{ kind: 'text', value: answer }]
  const blocks = parseRendered({ markdown: `The Supplier is ${slot(0)}.\n`, slots }, noRefs)
  const markdown = toMarkdown({ type: 'root', children: blocks } as Root, toMarkdownOptions)
  return { blocks, reparsed: fromMarkdown(markdown, fromMarkdownOptions) }
}

describe('parseRendered', () => {
  it('F9: should keep Markdown block syntax in an answer as literal text', () => {
    for (const answer of [
      '# x',
      '- item',
      '> quote',
      '---',
      '1. one',
      '[x]: http://a',
      '[^1]: note',
    ]) {
      const { reparsed } = roundTrip(answer)
      expect(reparsed.children.map((node) => node.type)).toEqual(['paragraph'])
      expect(textOf(reparsed)).toBe(`The Supplier is ${answer}.`)
    }
  })

  it('F10: should keep links, javascript: links and HTML in an answer as literal text', () => {
    for (const answer of [
      '[a](javascript:alert(1))',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '*bold*',
    ]) {
      const { blocks, reparsed } = roundTrip(answer)
      expect(JSON.stringify(blocks)).not.toMatch(/"type":"(link|html|image|emphasis)"/)
      expect(JSON.stringify(reparsed)).not.toMatch(/"type":"(link|html|image|emphasis)"/)
      expect(textOf(reparsed)).toBe(`The Supplier is ${answer}.`)
    }
  })

  it('F13: should never render Handlebars syntax typed as an answer', () => {
    const { reparsed } = roundTrip('{{authority.name}} {{> x}} {{#if a}}b{{/if}}')
    expect(textOf(reparsed)).toBe('The Supplier is {{authority.name}} {{> x}} {{#if a}}b{{/if}}.')
  })

  it('F7: should turn line breaks in an answer into break nodes', () => {
    const { blocks } = roundTrip('line one\nline two')
    expect(JSON.stringify(blocks)).toContain('{"type":"break"}')
    expect(textOf(blocks[0])).toBe('The Supplier is line oneline two.')
  })

  it('F9–F13: should round-trip any answer text literally (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom(
        ...'#*_[]()<>!`\\|-+=~:/. a1\t'.split(''),
        'javascript:',
        'www.',
        '{{',
        '}}',
        '\n',
        '  ',
      ),
    })
    fc.assert(
      fc.property(text, (answer) => {
        const { reparsed } = roundTrip(answer)
        const printed = answer.replace(/\n/g, '')
        // Note: Markdown may trim spaces at the edges of a line; compare with those folded.
        const fold = (value: string) =>
          value
            .replace(/[ \t]*\n[ \t]*/g, '')
            .replace(/[ \t]+/g, ' ')
            .trim()
        expect(fold(textOf(reparsed))).toBe(fold(`The Supplier is ${printed}.`))
        expect(JSON.stringify(reparsed)).not.toMatch(
          /"type":"(link|html|image|heading|list|blockquote|code|emphasis|strong|inlineCode|table)"/,
        )
      }),
      { numRuns: 2000 },
    )
  })

  it('F16: should keep right-to-left script, emoji sequences and Welsh diacritics exactly', () => {
    for (const answer of [
      'مجلس مدينة ليدز',
      'עיריית לידס',
      'Cyngor Sir Ynys Môn – Llŷr ac Ŵyn',
      '👩🏽‍🔧 🏴󠁧󠁢󠁷󠁬󠁳󠁿',
    ]) {
      const { blocks, reparsed } = roundTrip(answer)
      expect(textOf(blocks[0])).toBe(`The Supplier is ${answer}.`)
      expect(textOf(reparsed)).toBe(`The Supplier is ${answer}.`)
    }
  })

  it('F11: should keep pipes and line breaks in an answer inside its table cell', () => {
    const table = `| Item | Answer |\n| --- | --- |\n| Supplier | ${slot(0)} |\n`
    for (const answer of ['a | b', 'x \\| y', '|||', '| leading', 'line one\nline two']) {
      const blocks = parseRendered(
        { markdown: table, slots: [{ kind: 'text', value: answer }] },
        noRefs,
      )
      const markdown = toMarkdown({ type: 'root', children: blocks } as Root, toMarkdownOptions)
      const reparsed = fromMarkdown(markdown, fromMarkdownOptions)
      expect(
        reparsed.children.map((node) => node.type),
        answer,
      ).toEqual(['table'])
      const rows = (reparsed.children[0] as Table).children
      expect(
        rows.map((row) => row.children.length),
        answer,
      ).toEqual([2, 2])
      const cell = textOf(rows[1]?.children[1])
      if (answer.includes('\n')) expect(cell.split(/\s+/)).toEqual(['line', 'one', 'line', 'two'])
      else expect(cell).toBe(answer)
    }
  })

  it('F12: should keep bare URLs and e-mail addresses as text, never links (no GFM autolink literals)', () => {
    const answer = 'https://example.com/a?b=c, www.example.org and tenders@example.gov.uk'
    const { blocks, reparsed } = roundTrip(answer)
    expect(JSON.stringify(blocks)).not.toContain('"type":"link"')
    expect(JSON.stringify(reparsed)).not.toContain('"type":"link"')
    expect(textOf(reparsed)).toBe(`The Supplier is ${answer}.`)
    // The same text written by a template (not an answer) is not linked either.
    const written = fromMarkdown(`Write to ${answer}.`, fromMarkdownOptions)
    expect(JSON.stringify(written)).not.toContain('"type":"link"')
  })

  it('should refuse a placeholder in a link address, which only a template can cause', () => {
    const slots: Slot[] = [{ kind: 'text', value: 'x' }]
    expect(() => parseRendered({ markdown: `[a](${slot(0)})`, slots }, noRefs)).toThrow('link url')
  })

  it('should turn a ref slot into the node the resolver makes', () => {
    const slots: Slot[] = [{ kind: 'ref', clauseId: 'remedy' }]
    const blocks = parseRendered({ markdown: `see clause ${slot(0)}.`, slots }, (clauseId) => ({
      type: 'crossReference',
      clauseId,
      number: '7',
      label: '7',
    }))
    expect(JSON.stringify(blocks)).toContain('"type":"crossReference","clauseId":"remedy"')
  })

  it('should give each call its own nodes when the same Markdown is parsed again with other answers', () => {
    const markdown = `Name: ${slot(0)}.\n`
    const first = parseRendered({ markdown, slots: [{ kind: 'text', value: 'Alpha' }] }, noRefs)
    const second = parseRendered({ markdown, slots: [{ kind: 'text', value: 'Beta' }] }, noRefs)
    expect(textOf(first[0])).toBe('Name: Alpha.')
    expect(textOf(second[0])).toBe('Name: Beta.')
    ;(first[0] as unknown as Root).children = []
    const third = parseRendered({ markdown, slots: [{ kind: 'text', value: 'Gamma' }] }, noRefs)
    expect(textOf(third[0])).toBe('Name: Gamma.')
  })
})
