import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { countErrors, formatMessages } from './format-messages.js'

describe('formatMessages', () => {
  it('should print file:line:column, severity, reason and rule id', () => {
    const file = new VFile({ path: '/work/templates/clauses/x.md' })
    file.message('unknown answer `a.b`', {
      place: { line: 3, column: 7 },
      ruleId: 'unknown-answer',
    }).fatal = true
    file.message('clause is in no document', { ruleId: 'unplaced-clause' }).fatal = false
    expect(formatMessages([file], '/work')).toBe(
      [
        'templates/clauses/x.md:3:7: error: unknown answer `a.b` [unknown-answer]',
        'templates/clauses/x.md: warning: clause is in no document [unplaced-clause]',
      ].join('\n'),
    )
    expect(countErrors([file])).toBe(1)
  })
})
