import {
  type AnswerValue,
  type Condition,
  evaluateCondition,
  listQuestions,
  type Questionnaire,
} from '@betterforus/questionnaire'
import { nations, type Regime } from '../schemas/common.js'

/** What is known of the answers in a regime: each known answer's possible values. */
export type RegimeFacts = ReadonlyMap<string, ReadonlyArray<AnswerValue | undefined>>

/**
 * Decide a condition where only some answers are known (Kleene's three-valued logic): true or
 * false when every possible value of the answers it names gives that, else undefined.
 */
export function decideKnown(condition: Condition, known: RegimeFacts): boolean | undefined {
  if (condition === 'always') return true
  if ('all' in condition || 'any' in condition) {
    const items = 'all' in condition ? condition.all : condition.any
    const results = items.map((item) => decideKnown(item, known))
    // Note: one false decides `all`, one true decides `any`.
    const decisive = !('all' in condition)
    if (results.includes(decisive)) return decisive
    return results.every((result) => result === !decisive) ? !decisive : undefined
  }
  if ('not' in condition) {
    const result = decideKnown(condition.not, known)
    return result === undefined ? undefined : !result
  }
  const values = known.get(condition.answer)
  if (values === undefined) return undefined
  const results = new Set(values.map((value) => evaluateCondition(condition, () => value)))
  return results.size === 1 ? [...results][0] : undefined
}

/**
 * What the regime alone tells about the answers: `regime` itself, the nations it is found in,
 * and every question a `show_if` hides in it (never answered there).
 *
 * Note: a static approximation for `betterforus lint`: an answer it cannot pin down is left
 * unknown, so a branch is only ever ruled out when the regime truly rules it out.
 */
export function regimeFacts(questionnaire: Questionnaire, regime: Regime): RegimeFacts {
  const known = new Map<string, ReadonlyArray<AnswerValue | undefined>>([
    ['regime', [regime]],
    [
      'authority.nation',
      regime === 'scotland' ? ['scotland'] : nations.filter((nation) => nation !== 'scotland'),
    ],
  ])
  // Note: show_if names only earlier questions, so one pass in order sees every hidden parent.
  for (const question of listQuestions(questionnaire)) {
    if (question.show_if !== undefined && decideKnown(question.show_if, known) === false)
      known.set(question.id, [undefined])
  }
  return known
}
