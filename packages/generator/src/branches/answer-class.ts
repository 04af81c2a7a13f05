import type { AnswerValue } from '@betterforus/questionnaire'

/** One equivalence class of a question's answers: every answer in it takes the same branches. */
export interface AnswerClass {
  /** The answer that stands for the class; `undefined` is "not answered". */
  value: AnswerValue | undefined
  /** How the class is printed in the report, such as `< 37` or `not answered`. */
  label: string
}

/** The class of a question left unanswered (or hidden by its `show_if`). */
export const UNANSWERED: AnswerClass = Object.freeze({ value: undefined, label: 'not answered' })
