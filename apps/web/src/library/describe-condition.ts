import type { Condition, Question, Scalar } from '@betterforus/questionnaire'
import { REGIME_NAMES } from './library-names.js'

/** A condition in words: a line, and the lines it is made of (for `all`, `any`). */
export interface Described {
  text: string
  children?: Described[]
}

/** What a condition names: questions by id, and the derived `regime`. */
export type QuestionOf = (id: string) => Question | undefined

function subject(id: string, questionOf: QuestionOf): string {
  if (id === 'regime') return 'The procurement regime (worked out from the nation and start date)'
  const question = questionOf(id)
  return question ? `“${question.text}”` : `The answer ${id}`
}

function valueText(id: string, value: Scalar, questionOf: QuestionOf): string {
  if (id === 'regime') return REGIME_NAMES[value as keyof typeof REGIME_NAMES] ?? String(value)
  const question = questionOf(id)
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  const option = question?.options?.find((candidate) => candidate.value === value)
  return option ? option.label : String(value)
}

function orList(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
}

/**
 * Say in plain English when a condition holds, reading the same condition data the generator
 * evaluates (`include_when`), with the questionnaire's question texts and option labels.
 *
 * @param condition A clause's `include_when`.
 * @param questionOf Finds a question by id.
 * @example
 *   describeCondition({ answer: 'pay.approach', is: 'require' }, questionOf).text
 *   //=> '“How should the contract deal with pay?” is answered “Require the Real Living Wage”'
 */
export function describeCondition(condition: Condition, questionOf: QuestionOf): Described {
  if (condition === 'always') return { text: 'Always (where it applies)' }
  if ('all' in condition)
    return {
      text: 'All of these hold:',
      children: condition.all.map((item) => describeCondition(item, questionOf)),
    }
  if ('any' in condition)
    return {
      text: 'At least one of these holds:',
      children: condition.any.map((item) => describeCondition(item, questionOf)),
    }
  if ('not' in condition)
    return { text: 'This does not hold:', children: [describeCondition(condition.not, questionOf)] }
  const id = condition.answer
  const who = subject(id, questionOf)
  const quoted = (value: Scalar) => `“${valueText(id, value, questionOf)}”`
  if ('is' in condition) return { text: `${who} is answered ${quoted(condition.is)}` }
  if ('in' in condition) return { text: `${who} is answered ${orList(condition.in.map(quoted))}` }
  if ('includes' in condition) return { text: `${who} includes ${quoted(condition.includes)}` }
  if ('at_least' in condition) return { text: `${who} is at least ${condition.at_least}` }
  if ('less_than' in condition) return { text: `${who} is less than ${condition.less_than}` }
  return { text: `${who} ${condition.answered ? 'is answered' : 'is not answered'}` }
}
