import { describe, expect, it } from 'vitest'
import { getAnswer, setAtId } from './answers.js'
import { answersSha256 } from './answers-sha256.js'
import { canonicalAnswers } from './canonical-answers.js'

describe('getAnswer', () => {
  it('should read a nested answer by its dotted id', () => {
    expect(getAnswer({ contract: { type: 'works', value: 5 } }, 'contract.value')).toBe(5)
  })

  it('U4: should never read inherited properties such as constructor or toString', () => {
    expect(getAnswer({}, 'constructor')).toBeUndefined()
    expect(getAnswer({ a: {} }, 'a.toString')).toBeUndefined()
    expect(getAnswer({ a: { b: 'x' } }, 'a')).toBeUndefined()
  })
})

describe('canonicalAnswers and answersSha256', () => {
  it('should serialise answers as RFC 8785 canonical JSON, whatever the key order', () => {
    expect(canonicalAnswers({ b: 1, a: { d: ['y'], c: 'é' } })).toBe(
      '{"a":{"c":"é","d":["y"]},"b":1}',
    )
    expect(answersSha256({ b: 1, a: 'x' })).toBe(answersSha256({ a: 'x', b: 1 }))
  })

  it('should hash the empty answers to the SHA-256 of {}', () => {
    expect(answersSha256({})).toBe(
      '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    )
  })
})

describe('setAtId', () => {
  it('should set a value at a dotted id, making groups without a prototype', () => {
    const target: Record<string, unknown> = Object.create(null)
    setAtId(target, 'contract.type', 'works')
    setAtId(target, 'contract.title', 'Cleaning')
    expect(JSON.stringify(target)).toBe('{"contract":{"type":"works","title":"Cleaning"}}')
    expect(Object.getPrototypeOf(target.contract)).toBe(null)
  })

  it('should not reach Object.prototype through a prototype name', () => {
    const target: Record<string, unknown> = Object.create(null)
    setAtId(target, 'constructor.prototype.polluted', true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
