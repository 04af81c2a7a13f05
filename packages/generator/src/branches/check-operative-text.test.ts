import { catalog } from '@betterforus/clauses'
import { describe, expect, it } from 'vitest'
import type { PackDocument } from '../pack-tree.js'
import { checkOperativeText } from './check-operative-text.js'

/** A document with one clause: its heading, a note and the given paragraphs. */
function documentWith(paragraphs: string[], note = ''): PackDocument {
  return {
    type: 'root',
    children: [
      {
        type: 'heading',
        depth: 2,
        children: [{ type: 'text', value: 'Payment' }],
        data: { clause: { id: 'supply-prompt-payment', version: '1.0.0', bookmark: 'x' } },
      },
      {
        type: 'blockquote',
        children: [{ type: 'paragraph', children: [{ type: 'text', value: note }] }],
        data: { note: { kind: 'drafting', clauseId: 'supply-prompt-payment' } },
      },
      ...paragraphs.map((value) => ({
        type: 'paragraph' as const,
        children: [{ type: 'text' as const, value }],
      })),
    ],
  } as unknown as PackDocument
}

const niDevolved = {
  regime: 'pa2023' as const,
  nation: 'northern-ireland',
  authorityKind: 'ni-devolved' as const,
  startDate: '2026-06-01',
}

describe('checkOperativeText', () => {
  it('should fail a provision printed where it does not apply, naming the clause and why', () => {
    const problems = checkOperativeText(
      documentWith(['The Buyer publishes under section 69 of the Procurement Act 2023.']),
      catalog,
      niDevolved,
    )
    expect(problems).toEqual([
      {
        ruleId: 'citation-scope',
        clause: 'supply-prompt-payment',
        message:
          'the text cites "section 69 of the Procurement Act 2023" (pa2023-s69), but it does not bind a ni-devolved authority: cite it through {{cite}}, whose forms say what applies instead, or leave it out for these answers',
      },
    ])
  })

  it('should pass the same text where the provision applies, and a provision that applies', () => {
    const text = documentWith([
      'The Buyer publishes under section 69 of the Procurement Act 2023.',
      'The Buyer pays under section 68 of the Procurement Act 2023.',
    ])
    expect(checkOperativeText(text, catalog, { ...niDevolved, authorityKind: 'other' })).toEqual([])
    expect(checkOperativeText(documentWith([]), catalog, niDevolved)).toEqual([])
  })

  it('should read notes as the drafter’s: a placeholder or a citation there is not checked', () => {
    const note =
      'Section 69 of the Procurement Act 2023 is to be confirmed: section 69 of the Procurement Act 2023.'
    expect(checkOperativeText(documentWith(['Text.'], note), catalog, niDevolved)).toEqual([])
  })

  it('should fail a placeholder in operative text', () => {
    const problems = checkOperativeText(
      documentWith(['The Buyer pays within [●] days.']),
      catalog,
      niDevolved,
    )
    expect(problems.map((problem) => [problem.ruleId, problem.clause])).toEqual([
      ['placeholder', 'supply-prompt-payment'],
    ])
  })
})
