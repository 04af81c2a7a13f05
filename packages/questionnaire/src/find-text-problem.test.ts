import { describe, expect, it } from 'vitest'
import { describeCharacter } from './character-name.js'
import { findTextProblem } from './find-text-problem.js'

describe('findTextProblem', () => {
  it.each([
    [0x00, 'U+0000 NULL'],
    [0x0b, 'U+000B LINE TABULATION'],
    [0x0c, 'U+000C FORM FEED'],
    [0x1b, 'U+001B ESCAPE'],
    [0x7f, 'U+007F DELETE'],
  ])('F1: should reject the C0 control %i, named %s, at its position', (codePoint, name) => {
    const problem = findTextProblem(`ab${String.fromCodePoint(codePoint)}c`, true)
    expect(problem).toMatchObject({ ruleId: 'invalid-character', codePoint, position: 3, count: 1 })
    expect(describeCharacter(codePoint)).toBe(name)
  })

  it('F1: should allow tab and, in long text, line feed', () => {
    expect(findTextProblem('a\tb\nc', true)).toBeUndefined()
  })

  it('F2: should reject the noncharacters U+FFFE, U+FFFF and U+FDD0', () => {
    for (const codePoint of [0xfffe, 0xffff, 0xfdd0, 0x1fffe]) {
      expect(findTextProblem(`x${String.fromCodePoint(codePoint)}`, true)).toMatchObject({
        codePoint,
        position: 2,
      })
    }
  })

  it('F3: should reject bidi overrides and isolates in single-line text (Trojan Source)', () => {
    const trojan = 'Acme Ltd\u202E\u2066gnp.exe\u2069\u2066'
    expect(findTextProblem(trojan, false)).toMatchObject({
      codePoint: 0x202e,
      position: 9,
      count: 4,
    })
    expect(findTextProblem(trojan, false)?.fix).toContain(
      'displayed text differ from the saved text',
    )
  })

  it('F3: should allow balanced bidi controls in long text, and reject unbalanced ones', () => {
    expect(findTextProblem('Name: \u2067مرحبا\u2069.\n\u202Bx\u202C', true)).toBeUndefined()
    expect(findTextProblem('a\u202Eb\nc', true)).toMatchObject({ codePoint: 0x202e, position: 2 })
    expect(findTextProblem('a\u2069', true)).toMatchObject({ codePoint: 0x2069, position: 2 })
    expect(findTextProblem('\u2066a\u202C\u2069', true)).toMatchObject({
      codePoint: 0x202c,
      position: 3,
    })
  })

  it('F4: should reject zero-width characters inside single-line text', () => {
    for (const codePoint of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) {
      expect(findTextProblem(`Jo${String.fromCodePoint(codePoint)}hn`, false)).toMatchObject({
        codePoint,
        position: 3,
      })
    }
  })

  it('F16: should keep joiners inside emoji sequences and Persian words', () => {
    expect(findTextProblem('👩\u200D💻 team', false)).toBeUndefined()
    expect(findTextProblem('می\u200Cخواهم', false)).toBeUndefined()
  })

  it('F6: should report a line break in single-line text', () => {
    expect(findTextProblem('a\nb', false)).toMatchObject({ ruleId: 'line-break', position: 2 })
    expect(findTextProblem('a\u2028b', false)).toMatchObject({ ruleId: 'line-break', position: 2 })
  })

  it('F14: should reject Private Use Area characters, our placeholder delimiters', () => {
    expect(findTextProblem('a\uE000b\uF8FF', true)).toMatchObject({
      codePoint: 0xe000,
      position: 2,
      count: 2,
    })
    expect(findTextProblem('a\uE000', true)?.fix).toContain('private-use')
  })

  it('U1: should reject lone surrogates and count positions in characters, not code units', () => {
    expect(findTextProblem('😀\uD800', true)).toMatchObject({ codePoint: 0xd800, position: 2 })
    expect(findTextProblem('\uDC00', true)).toMatchObject({ codePoint: 0xdc00, position: 1 })
    expect(describeCharacter(0xd800)).toBe('U+D800 (a lone surrogate, half of a broken character)')
  })

  // Note: speed is for the benchmark; this asserts the answer on each adversarial input, and the
  // timeout is only a hang guard (a super-linear scan of 50,000 characters would blow it).
  it('F17: should finish on 50,000 adversarial characters with the right problem', {
    timeout: 10_000,
  }, () => {
    const problem = (codePoint: number, position: number, count: number) =>
      expect.objectContaining({ ruleId: 'invalid-character', codePoint, position, count })
    const isolates = '\u2066'.repeat(50_000)
    expect(findTextProblem(isolates, true)).toEqual(problem(0x2066, 1, 50_000))
    expect(findTextProblem(isolates, false)).toEqual(problem(0x2066, 1, 50_000))
    const joiners = 'a\u200D'.repeat(25_000)
    expect(findTextProblem(joiners, true)).toBeUndefined()
    expect(findTextProblem(joiners, false)).toEqual(problem(0x200d, 2, 25_000))
    const emoji = '👩\u200D'.repeat(16_000)
    expect(findTextProblem(emoji, true)).toBeUndefined()
    expect(findTextProblem(emoji, false)).toEqual(problem(0x200d, 32_000, 1))
    const nulAtEnd = `${'a'.repeat(49_999)}\u0000`
    expect(findTextProblem(nulAtEnd, true)).toEqual(problem(0, 50_000, 1))
    expect(findTextProblem(nulAtEnd, false)).toEqual(problem(0, 50_000, 1))
  })
})
