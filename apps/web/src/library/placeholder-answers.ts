import type { Answers } from '@betterforus/questionnaire'
import { listQuestions, type Questionnaire, setAtId } from '@betterforus/questionnaire'

/** Questions whose answer a template prints as text: shown as marked fields. */
const TEXT_LIKE: ReadonlySet<string> = new Set(['text', 'long-text', 'date'])
/** Questions whose answer a helper reads as a number (`money`, `gte`): a sentinel stands in. */
const NUMERIC: ReadonlySet<string> = new Set(['number', 'money', 'percent'])
/** Sentinels are 9,900,000 and up, so no template text or rate holds one by chance. */
const SENTINEL_BASE = 9_900_000

/** Answers that stand for every text and number answer, with what each prints as. */
export interface PlaceholderAnswers {
  answers: Answers
  /** The question each printed stand-in belongs to: `[authority name]` or a sentinel's digits. */
  fieldOf: Map<string, string>
}

/**
 * A field's label from its question id: `authority.name` → `[authority name]`.
 *
 * @example
 *   fieldLabel('socialValue.weightingPercent') //=> '[social value weighting percent]'
 */
export function fieldLabel(questionId: string): string {
  const words = questionId
    .split('.')
    .flatMap((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/\s+/))
    .map((word) => word.toLowerCase())
  return `[${words.join(' ')}]`
}

/**
 * The answers a clause is shown with in the library: each text and date answer is its field label,
 * each number a sentinel the page shows as its field label, and every choice left unanswered (so
 * the text shows the branch for no choice). `document.date` is the day the page is read, which
 * selects the rates in force.
 *
 * @param questionnaire The questionnaire.
 * @param today The ISO date that selects the rates.
 */
export function placeholderAnswers(
  questionnaire: Questionnaire,
  today: string,
): PlaceholderAnswers {
  const answers: Record<string, unknown> = Object.create(null)
  const fieldOf = new Map<string, string>()
  let index = 0
  for (const question of listQuestions(questionnaire)) {
    let value: string | number | undefined
    if (question.id === 'document.date') value = today
    else if (TEXT_LIKE.has(question.type)) {
      value = fieldLabel(question.id)
      fieldOf.set(value, question.id)
    } else if (NUMERIC.has(question.type)) {
      value = SENTINEL_BASE + index++
      fieldOf.set(String(value), question.id)
    }
    if (value === undefined) continue
    setAtId(answers, question.id, value)
  }
  return { answers: answers as Answers, fieldOf }
}

/**
 * The question a printed value stands for: a field label, or a helper's output of a sentinel
 * (`£9,900,003`).
 */
export function fieldOfValue(value: string, fieldOf: Map<string, string>): string | undefined {
  const direct = fieldOf.get(value)
  if (direct) return direct
  const digits = /99\d{5}/.exec(value.replace(/,/g, ''))?.[0]
  return digits === undefined ? undefined : fieldOf.get(digits)
}
