import * as z from 'zod'
import { describeCharacter } from './character-name.js'
import { closestName } from './closest-name.js'
import { findTextProblem } from './find-text-problem.js'
import { formatValue } from './format-value.js'
import { isRealDate } from './is-real-date.js'
import { normaliseText } from './normalise-text.js'
import type { Question } from './question.js'
import { questionLabel } from './question-label.js'
import { isMisreadScalar, kindOf, quoteTheValue } from './quote-the-value.js'

/** Default `max_length` of a text question. */
export const TEXT_MAX_LENGTH = 500
/** Default `max_length` of a long-text question. */
export const LONG_TEXT_MAX_LENGTH = 10_000
/**
 * Largest amount a money question accepts, in pounds, unless its `max` is lower: £1 trillion.
 * Pence stay exact far beyond it (doubles are exact to 2^53 pence, about £90 trillion), and no
 * public contract comes near it.
 */
export const MONEY_MAX = 1_000_000_000_000

type Check = z.core.ParsePayload<string>

/**
 * Build the schema of one question's answer. Problems carry `params.ruleId`, except type
 * errors (`invalid_type`), which are `quote-the-value` or `wrong-type`.
 *
 * @param question
 *   The question.
 * @returns
 *   A schema that normalises text (LF line endings, NFC) and accepts `null` as unanswered.
 */
export function answerSchema(question: Question): z.ZodType {
  return typed(question).nullable().optional()
}

function typed(question: Question): z.ZodType {
  switch (question.type) {
    case 'text':
    case 'long-text': {
      const multiline = question.type === 'long-text'
      const limit = question.max_length ?? (multiline ? LONG_TEXT_MAX_LENGTH : TEXT_MAX_LENGTH)
      return text(question, multiline, (ctx) => checkLength(question, ctx, limit)).meta({
        maxLength: limit,
      })
    }
    case 'date':
      return text(question, false, (ctx) => checkDate(question, ctx)).meta({ format: 'date' })
    case 'one-of': {
      const values = (question.options ?? []).map((option) => option.value)
      return text(question, false, (ctx) => checkOption(question, ctx, values)).meta({
        enum: values,
      })
    }
    case 'several-of':
      return severalOf(question)
    case 'yes-no':
      return z.boolean({
        error: (issue) =>
          `${questionLabel(question)} expects true or false, but got ${describeInput(issue.input)}; write true or false without quotes`,
      })
    default:
      return numeric(question)
  }
}

function text(question: Question, multiline: boolean, then: (ctx: Check) => void) {
  return z
    .string({ error: (issue) => textTypeMessage(question, issue.input) })
    .overwrite(normaliseText)
    .check((ctx) => {
      const problem = findTextProblem(ctx.value, multiline)
      if (problem === undefined) return then(ctx)
      const more = problem.count > 1 ? ` (and ${problem.count - 1} more like it)` : ''
      const what =
        problem.ruleId === 'line-break' ? 'a line break' : describeCharacter(problem.codePoint)
      push(
        ctx,
        problem.ruleId,
        `${questionLabel(question)} contains ${what} at character ${problem.position}${more}; ${problem.fix}`,
      )
    })
}

function severalOf(question: Question) {
  const values = (question.options ?? []).map((option) => option.value)
  const item = text(question, false, (ctx) => checkOption(question, ctx, values)).meta({
    enum: values,
  })
  return z
    .array(item, {
      error: (issue) =>
        `${questionLabel(question)} expects a list of option values, such as [${values[0] ?? ''}], but got ${describeInput(issue.input)}`,
    })
    .check(
      // Note: `when` lets this run even when an item is not an option, so all problems show.
      z.superRefine(
        (items: unknown[], ctx) => {
          const seen = new Set<unknown>()
          items.forEach((value, index) => {
            if (seen.has(value)) {
              ctx.addIssue({
                code: 'custom',
                input: value,
                path: [index],
                params: { ruleId: 'duplicate-option' },
                message: `${questionLabel(question)} lists ${formatValue(value)} twice; keep one`,
              })
            }
            seen.add(value)
          })
        },
        { when: (payload) => Array.isArray(payload.value) },
      ),
    )
    .meta({ uniqueItems: true })
}

function numeric(question: Question) {
  const percent = question.type === 'percent'
  const money = question.type === 'money'
  const low = Math.max(question.min ?? -Infinity, percent || money ? 0 : -Infinity)
  const high = Math.min(
    question.max ?? Infinity,
    percent ? 100 : Infinity,
    money ? MONEY_MAX : Infinity,
  )
  const label = questionLabel(question)
  const schema = z
    .number({
      error: (issue) =>
        typeof issue.input === 'number'
          ? `${label} expects a finite number, but got ${issue.input}`
          : `${label} expects a number, but got ${describeInput(issue.input)}; write digits only, without quotes, such as ${money ? '2500000 or 1234.50' : '25'}`,
    })
    .check((ctx) => {
      const value = ctx.value
      const push = (ruleId: string, message: string) =>
        ctx.issues.push({
          code: 'custom',
          input: value,
          params: { ruleId },
          message: `${label} ${message}`,
        })
      if (value < low) push('out-of-range', `must be at least ${low}, but is ${value}`)
      else if (value > high) push('out-of-range', `must be at most ${high}, but is ${value}`)
      if (question.whole_number === true && !Number.isInteger(value)) {
        push('not-a-whole-number', `must be a whole number, but is ${value}`)
      }
      if (money && Math.round(value * 100) / 100 !== value) {
        push(
          'too-many-decimals',
          `is an amount in pounds with at most two decimal places (pence), but is ${value}`,
        )
      }
    })
  return schema.meta({
    ...(Number.isFinite(low) ? { minimum: low } : {}),
    ...(Number.isFinite(high) ? { maximum: high } : {}),
    ...(question.whole_number === true ? { type: 'integer' } : {}),
    ...(money ? { multipleOf: 0.01 } : {}),
  })
}

function checkLength(question: Question, ctx: Check, limit: number) {
  let length = 0
  for (const _ of ctx.value) length++
  if (length > limit) {
    push(
      ctx,
      'too-long',
      `${questionLabel(question)} is ${length} characters long; the limit is ${limit}, so shorten it by ${length - limit}`,
    )
  }
}

function checkDate(question: Question, ctx: Check) {
  if (!isRealDate(ctx.value)) {
    push(
      ctx,
      'invalid-date',
      `${questionLabel(question)} expects a real date written YYYY-MM-DD, such as 2026-05-01, but got ${formatValue(ctx.value)}`,
    )
    return
  }
  const { earliest, latest } = question
  if (
    (earliest !== undefined && ctx.value < earliest) ||
    (latest !== undefined && ctx.value > latest)
  ) {
    const range = [earliest && `on or after ${earliest}`, latest && `on or before ${latest}`]
    const reason = question.date_range_reason ? ` (${question.date_range_reason})` : ''
    push(
      ctx,
      'date-out-of-range',
      `${questionLabel(question)} is ${ctx.value}, but must be ${range.filter(Boolean).join(' and ')}${reason}; check the year`,
    )
  }
}

function checkOption(question: Question, ctx: Check, values: string[]) {
  if (values.includes(ctx.value)) return
  const guess = closestName(ctx.value, values)
  const hint = guess === undefined ? '' : `; did you mean "${guess}"?`
  push(
    ctx,
    'not-an-option',
    `${questionLabel(question)} expects one of ${values.map(formatValue).join(', ')}, but got ${formatValue(ctx.value)}${hint}`,
  )
}

function push(ctx: Check, ruleId: string, message: string) {
  ctx.issues.push({ code: 'custom', input: ctx.value, params: { ruleId }, message })
}

function textTypeMessage(question: Question, input: unknown): string {
  if (isMisreadScalar(input)) return quoteTheValue(question, formatValue(input), input)
  return `${questionLabel(question)} expects text, but got ${describeInput(input)}`
}

function describeInput(input: unknown): string {
  return typeof input === 'string' ? `the text ${formatValue(input)}` : kindOf(input)
}
