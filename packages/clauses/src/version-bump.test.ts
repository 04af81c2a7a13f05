import { describe, expect, it } from 'vitest'
import { versionSchema } from './schemas/version-schema.js'
import {
  compareVersions,
  InvalidVersionError,
  isPrerelease,
  isVersion,
  versionBump,
} from './version-bump.js'

describe('compareVersions and versionBump', () => {
  it('should order versions, pre-releases before their release', () => {
    expect(compareVersions('1.0.0-1', '1.0.0', 'c')).toBe(-1)
    expect(compareVersions('1.0.0-2', '1.0.0-10', 'c')).toBe(-1)
    expect(compareVersions('1.0.0-alpha', '1.0.0-1', 'c')).toBe(1)
    expect(compareVersions('1.10.0', '1.9.9', 'c')).toBe(1)
    expect(compareVersions('1.0.0+build', '1.0.0', 'c')).toBe(0)
  })

  it('should name the kind of bump', () => {
    expect(versionBump('1.2.3', '2.0.0', 'c')).toBe('major')
    expect(versionBump('1.2.3', '1.3.0', 'c')).toBe('minor')
    expect(versionBump('1.2.3', '1.2.4', 'c')).toBe('patch')
    expect(versionBump('1.0.0-1', '1.0.0', 'c')).toBe('prerelease')
    expect(versionBump('1.0.0-1', '1.0.0-2', 'c')).toBe('prerelease')
    expect(versionBump('1.2.3', '1.2.3', 'c')).toBe('none')
    expect(versionBump('1.2.3', '1.2.2', 'c')).toBe('downgrade')
    expect(isPrerelease('1.0.0-1', 'c')).toBe(true)
    expect(isPrerelease('1.0.0', 'c')).toBe(false)
  })

  // The scripts' comparison said NaN ('invalid') for these, the generator's compared them as
  // text and called 'one' → '1.0.0' a downgrade and '1.0.0' → 'v2' a patch; now both throw this.
  it.each([
    ['one', '1.0.0', 'one'],
    ['1.0.0', 'v2.0.0', 'v2.0.0'],
    ['1.0.0', ' 2.0.0', ' 2.0.0'],
    ['01.0.0', '1.0.0', '01.0.0'],
    ['1.0.0', '', ''],
  ])('should refuse %j → %j, naming the clause, the value and the fix', (from, to, bad) => {
    const attempt = () => versionBump(from, to, 'pay-example')
    expect(attempt).toThrow(InvalidVersionError)
    expect(attempt).toThrow(`clause \`pay-example\`: version \`${bad}\` is not a semantic version`)
    expect(attempt).toThrow('such as 1.0.0')
    expect(() => compareVersions(from, to, 'pay-example')).toThrow(InvalidVersionError)
    expect(isVersion(bad)).toBe(false)
  })

  it('should let the front-matter schema accept exactly what it can compare', () => {
    for (const version of ['1.0.0', '1.0.0-1', '10.20.30-rc.1'])
      expect(versionSchema.safeParse(version).success).toBe(true)
    for (const version of ['01.0.0', '1.0.0-01', 'v1.0.0', '1.0', '1.0.0+build'])
      expect(versionSchema.safeParse(version).success).toBe(false)
  })
})
