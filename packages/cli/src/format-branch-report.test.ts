import type { BranchReport } from '@betterforus/generator/lint'
import { describe, expect, it } from 'vitest'
import { formatBranchCoverage, formatBranchFailures } from './format-branch-report.js'

const report: BranchReport = {
  questions: [{ id: 'pay.living', classes: ['yes', 'no'] }],
  fullProduct: 2,
  units: 3,
  reachable: 4,
  rendered: 5,
  documents: 1,
  refused: [],
  failures: [
    {
      ruleId: 'empty-section',
      file: 'clauses/x.md',
      document: 'doc-main',
      clause: 'x',
      message: 'the clause has no text under it',
      answers: { pay: { living: false } },
      combinations: 2,
    },
    {
      ruleId: 'unenumerable-comparison',
      file: 'clauses/y.md',
      document: '',
      message: '`eq` compares two answers',
      combinations: 2,
    },
  ],
}

describe('formatBranchFailures', () => {
  it('should print file, document, clause, reason and rule id, then answers to rerun as YAML', () => {
    expect(formatBranchFailures(report, '/work/templates', '/work').split('\n')).toEqual([
      'templates/clauses/x.md: error: doc-main, clause x: the clause has no text under it (2 combinations) [empty-section]',
      '  answers that show it (save as answers.yaml, then `betterforus generate answers.yaml --out out`):',
      '    pay:',
      '      living: false',
      'templates/clauses/y.md: error: `eq` compares two answers [unenumerable-comparison]',
    ])
  })
})

describe('formatBranchCoverage', () => {
  it('should print each question with its classes and the counts', () => {
    const text = formatBranchCoverage(report)
    expect(text).toContain('Questions enumerated: 1\n  pay.living: yes | no')
    expect(text).toContain('Combinations reachable: 4, over 3 units')
    expect(text).toContain('Combinations rendered (generatePack + Markdown) and checked: 5')
  })
})
