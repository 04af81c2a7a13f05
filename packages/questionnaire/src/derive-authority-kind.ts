import { type Answers, getAnswer } from './answers.js'

/**
 * What the authority is for the duties that reach only some authorities: a Welsh devolved
 * authority, a transferred Northern Ireland authority, or any other.
 */
export type AuthorityKind = 'welsh-devolved' | 'ni-devolved' | 'other'

/** The answers `deriveAuthorityKind` reads. */
export const AUTHORITY_KIND_INPUTS = ['authority.nation', 'authority.devolved'] as const

/**
 * Work out the authority's kind from its nation and whether its functions are devolved.
 *
 * Note: the kind decides which payment duties apply: regulation 1(8A) of the Public Contracts
 * Regulations 2015 takes Welsh and Northern Ireland devolved authorities out of regulation 113,
 * and section 69(6)(a) of the Procurement Act 2023 takes out transferred Northern Ireland
 * authorities.
 *
 * @param answers
 *   Answers; reads `authority.nation` and `authority.devolved`.
 * @returns
 *   `welsh-devolved` for a Welsh authority whose functions are devolved, `ni-devolved` for a
 *   Northern Ireland one; otherwise (also when `authority.devolved` is unanswered) `other`.
 * @example
 *   deriveAuthorityKind({ authority: { nation: 'wales', devolved: true } }) //=> 'welsh-devolved'
 */
export function deriveAuthorityKind(answers: Answers): AuthorityKind {
  if (getAnswer(answers, 'authority.devolved') !== true) return 'other'
  const nation = getAnswer(answers, 'authority.nation')
  if (nation === 'wales') return 'welsh-devolved'
  if (nation === 'northern-ireland') return 'ni-devolved'
  return 'other'
}
