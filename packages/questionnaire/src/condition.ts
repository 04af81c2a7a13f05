import * as z from 'zod'
import type { AnswerValue } from './answers.js'

/** A value a condition compares an answer with. */
export type Scalar = string | number | boolean

/** A declarative condition: `show_if` of a question, `include_when` of a clause. */
export type Condition =
  | 'always'
  | { answer: string; is: Scalar }
  | { answer: string; in: Scalar[] }
  | { answer: string; includes: string }
  | { answer: string; at_least: number }
  | { answer: string; less_than: number }
  | { answer: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }

/** Looks up an answer, or a derived fact such as `regime`, by id. */
export type Facts = (id: string) => AnswerValue | undefined

const scalar = z.union([z.string(), z.number(), z.boolean()])
const answer = z.string().min(1)

const FORMS =
  '`always`, or an object with exactly one of: `{ answer, is }`, `{ answer, in }`, ' +
  '`{ answer, includes }`, `{ answer, at_least }`, `{ answer, less_than }`, ' +
  '`{ answer, answered }`, `{ all }`, `{ any }`, `{ not }`'

/** Schema of a condition: strict objects, exactly one form per object. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      z.literal('always'),
      z.strictObject({ answer, is: scalar }),
      z.strictObject({ answer, in: z.array(scalar).min(1) }),
      z.strictObject({ answer, includes: z.string() }),
      z.strictObject({ answer, at_least: z.number() }),
      z.strictObject({ answer, less_than: z.number() }),
      z.strictObject({ answer, answered: z.boolean() }),
      z.strictObject({ all: z.array(conditionSchema).min(1) }),
      z.strictObject({ any: z.array(conditionSchema).min(1) }),
      z.strictObject({ not: conditionSchema }),
    ],
    { error: `Expected a condition: ${FORMS}` },
  ),
)
