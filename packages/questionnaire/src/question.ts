import * as z from 'zod'
import { conditionSchema } from './condition.js'
import { isRealDate } from './is-real-date.js'

/** The question types, as written in `questionnaire.yaml`. */
export const QUESTION_TYPES = [
  'text',
  'long-text',
  'number',
  'money',
  'percent',
  'date',
  'yes-no',
  'one-of',
  'several-of',
] as const

/** One question type. */
export type QuestionType = (typeof QUESTION_TYPES)[number]

const NUMERIC: ReadonlySet<string> = new Set(['number', 'money', 'percent'])
const TEXT: ReadonlySet<string> = new Set(['text', 'long-text'])
const CHOICE: ReadonlySet<string> = new Set(['one-of', 'several-of'])

const isoDate = z.string().refine(isRealDate, 'expects a real date written YYYY-MM-DD')

const optionSchema = z.strictObject({
  value: z.string().trim().min(1),
  label: z.string().trim().min(1),
})

/** Schema of one question in `questionnaire.yaml`. */
export const questionSchema = z
  .strictObject({
    id: z.string().min(1),
    text: z.string().trim().min(1),
    help: z.string().optional(),
    /** A few words naming the answer, for check your answers ("Authority name"). */
    short: z.string().trim().min(1).max(60).optional(),
    type: z.enum(QUESTION_TYPES),
    required: z.boolean().optional(),
    max_length: z.int().positive().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    whole_number: z.boolean().optional(),
    /** The first and last dates a date question accepts, `YYYY-MM-DD`, with the reason. */
    earliest: isoDate.optional(),
    latest: isoDate.optional(),
    date_range_reason: z.string().trim().min(1).optional(),
    /** The question's own error messages, in GOV.UK style, for the web app. */
    messages: z
      .strictObject({
        missing: z.string().trim().min(1).optional(),
        invalid: z.string().trim().min(1).optional(),
        range: z.string().trim().min(1).optional(),
      })
      .optional(),
    options: z.array(optionSchema).min(1).optional(),
    show_if: conditionSchema.optional(),
  })
  .superRefine((question, ctx) => {
    const misplaced = (key: string, types: string): void => {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `\`${key}\` applies only to ${types} questions, not to ${question.type}`,
      })
    }
    if (question.max_length !== undefined && !TEXT.has(question.type))
      misplaced('max_length', 'text and long-text')
    if (question.min !== undefined && !NUMERIC.has(question.type))
      misplaced('min', 'number, money and percent')
    if (question.max !== undefined && !NUMERIC.has(question.type))
      misplaced('max', 'number, money and percent')
    if (question.earliest !== undefined && question.type !== 'date') misplaced('earliest', 'date')
    if (question.latest !== undefined && question.type !== 'date') misplaced('latest', 'date')
    if (
      question.earliest !== undefined &&
      question.latest !== undefined &&
      question.earliest > question.latest
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['earliest'],
        message: `\`earliest\` (${question.earliest}) is after \`latest\` (${question.latest})`,
      })
    }
    if (question.whole_number !== undefined && question.type !== 'number')
      misplaced('whole_number', 'number')
    if (question.options !== undefined && !CHOICE.has(question.type))
      misplaced('options', 'one-of and several-of')
    if (question.options === undefined && CHOICE.has(question.type)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a ${question.type} question needs \`options\`: a list of { value, label }`,
      })
    }
    if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['min'],
        message: `\`min\` (${question.min}) is greater than \`max\` (${question.max})`,
      })
    }
  })

/** One question. */
export type Question = z.infer<typeof questionSchema>
