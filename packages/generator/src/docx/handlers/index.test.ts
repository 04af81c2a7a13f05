import { describe, expect, it } from 'vitest'
import { createDocxState } from '../docx-state.js'
import { info } from '../test-tree.js'
import { toBlocks, toRuns } from './index.js'

const state = () => createDocxState(info().id, { toBlocks, toRuns })

describe('handlers', () => {
  it('should name an unknown phrasing type and the document', () => {
    expect(() => state().toRuns([{ type: 'link', url: 'x', children: [] }], {})).toThrow(
      'Cannot convert mdast node `link` in document `doc-contract-schedule` to DOCX: there is no phrasing handler',
    )
  })

  it('should not take a prototype key for a handler', () => {
    expect(() => state().toBlocks([{ type: 'constructor' } as never])).toThrow('no block handler')
  })

  it('should throw on a bookmark name Word would refuse', () => {
    const heading = {
      type: 'heading' as const,
      depth: 2 as const,
      children: [],
      data: {
        numbering: { level: 0 as const, number: '1' },
        clause: { id: 'x', version: '1.0.0', bookmark: '1-bad' },
      },
    }
    expect(() => state().toBlocks([heading])).toThrow(
      /Invalid bookmark name "1-bad" for clause `x`/,
    )
  })
})
