import canonicalize from 'canonicalize'
import type { Answers } from './answers.js'

/**
 * Serialise answers as canonical JSON (RFC 8785, JSON Canonicalization Scheme), so equal
 * answers give equal text whatever their key order.
 *
 * @param answers
 *   Answers, as returned by `parseAnswers`.
 * @returns
 *   Canonical JSON.
 * @example
 *   canonicalAnswers({ b: 1, a: 'x' }) //=> '{"a":"x","b":1}'
 */
export function canonicalAnswers(answers: Answers): string {
  const text = canonicalize(answers)
  if (text === undefined) {
    throw new TypeError(`Expected answers as a plain object, received ${typeof answers}`)
  }
  return text
}
