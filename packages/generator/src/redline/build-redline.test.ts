import { InvalidVersionError } from '@betterforus/clauses'
import { describe, expect, it } from 'vitest'
import { redlineLibrary } from './build-redline.js'

const clause = (version: string, body = 'The Supplier must pay.') => ({
  id: 'pay-living',
  title: 'Living wage',
  version,
  body,
  sha256: `${version}:${body}`,
})
const redline = (from: string, to: string, body?: string) =>
  redlineLibrary(
    { label: 'old', clauses: [clause(from)] },
    { label: 'new', clauses: [clause(to, body)] },
  ).summary.clauses[0]

describe('redlineLibrary: versions', () => {
  it('should name the kind of each bump, as the clause-version check does', () => {
    expect(redline('1.0.0', '2.0.0', 'The Supplier must pay more.')?.kind).toBe('changed meaning')
    expect(redline('1.0.0-1', '1.0.0')?.bump).toBe('prerelease')
    expect(redline('1.2.0', '1.1.0')?.flags).toContain('the version went down, from 1.2.0 to 1.1.0')
  })

  // Note: the redline once compared invalid versions as text (`1.0.0` → `v1.0.1` a patch) while
  // the clause-version script called them invalid; both now ask `versionBump`, which refuses.
  it('should refuse an invalid version, naming the clause, the value and the fix', () => {
    expect(() => redline('1.0.0', 'v1.0.1')).toThrow(InvalidVersionError)
    expect(() => redline('1.0.0', 'v1.0.1')).toThrow(
      'clause `pay-living`: version `v1.0.1` is not a semantic version',
    )
  })
})
