import type { Question } from '@betterforus/questionnaire'

/**
 * The GOV.UK-style message for a problem the shared answers schema found: what went wrong and
 * how to put it right, in the words of the question. Problems without a plainer message keep
 * the library's own words, with the question's id and text taken off the front.
 *
 * @param question The question.
 * @param ruleId The rule id of the problem (`missing-answer`, `too-long`, …).
 * @param libraryMessage The message of `@betterforus/questionnaire`.
 * @returns The message.
 */
export function govukMessage(question: Question, ruleId: string, libraryMessage: string): string {
  const own = question.messages
  if ((ruleId === 'missing-answer' || ruleId === 'not-an-option') && own?.missing)
    return own.missing
  if ((ruleId === 'out-of-range' || ruleId === 'date-out-of-range') && own?.range) return own.range
  if (ruleId === 'invalid-date' && own?.invalid) return own.invalid
  switch (ruleId) {
    case 'missing-answer':
      return missingMessage(question)
    case 'too-long':
      return `${subject(question)} must be ${question.max_length ?? 'fewer'} characters or fewer`
    case 'out-of-range':
      return rangeMessage(question)
    case 'not-a-whole-number':
      return `${subject(question)} must be a whole number`
    case 'too-many-decimals':
      return 'Enter an amount in pounds and pence, with no more than 2 decimal places, like 1234.50'
    case 'invalid-date':
      return 'The date must be a real date'
    case 'date-out-of-range':
      return dateRangeMessage(question)
    case 'not-an-option':
      return missingMessage(question)
    default:
      return plainLibraryMessage(question, libraryMessage)
  }
}

/**
 * "Enter …" or "Select …", as GOV.UK words a missing answer.
 *
 * @param question The question.
 * @returns The message.
 */
export function missingMessage(question: Question): string {
  if (question.messages?.missing) return question.messages.missing
  const choice = ['one-of', 'several-of', 'yes-no'].includes(question.type)
  const what = /^What is (.+)\?$/.exec(question.text)?.[1]
  if (!choice && what !== undefined && !/ called$/.test(what)) return `Enter ${what}`
  if (question.type === 'date') return `Enter a date for: ${question.text}`
  if (question.type === 'yes-no') return `Select yes or no: ${question.text}`
  if (question.type === 'several-of') return `Select all that apply: ${question.text}`
  if (choice) return `Select an answer: ${question.text}`
  return `Enter an answer: ${question.text}`
}

function subject(question: Question): string {
  const what = /^What is (.+)\?$/.exec(question.text)?.[1]
  if (what !== undefined && !/ called$/.test(what)) return upperFirst(what)
  return 'Your answer'
}

function rangeMessage(question: Question): string {
  const low = Math.max(question.min ?? -Infinity, question.type === 'number' ? -Infinity : 0)
  const high = Math.min(question.max ?? Infinity, question.type === 'percent' ? 100 : Infinity)
  const unit = question.type === 'percent' ? '%' : ''
  const money = question.type === 'money' ? '£' : ''
  if (Number.isFinite(low) && Number.isFinite(high))
    return `${subject(question)} must be between ${money}${low}${unit} and ${money}${high}${unit}`
  if (Number.isFinite(low)) return `${subject(question)} must be ${money}${low}${unit} or more`
  return `${subject(question)} must be ${money}${high}${unit} or less`
}

function dateRangeMessage(question: Question): string {
  const { earliest, latest } = question
  if (earliest !== undefined && latest !== undefined)
    return `The date must be between ${earliest} and ${latest}`
  return earliest !== undefined
    ? `The date must be ${earliest} or later`
    : `The date must be ${latest} or earlier`
}

function plainLibraryMessage(question: Question, message: string): string {
  const label = `${question.id} (${JSON.stringify(question.text)}) `
  const rest = message.startsWith(label) ? message.slice(label.length) : message
  return message.startsWith(label) ? `Your answer ${rest}` : upperFirst(rest)
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
