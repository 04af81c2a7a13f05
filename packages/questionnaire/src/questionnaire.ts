import * as z from 'zod'
import { conditionSchema } from './condition.js'
import { questionSchema } from './question.js'

/** Semantic version `major.minor.patch`, with optional pre-release and build parts. */
export const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/

const sectionSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().trim().min(1),
  questions: z.array(questionSchema).min(1),
})

/**
 * A combination of answers the law does not allow: when `when` holds, the answers are refused
 * with `message`, which names the reason and the fix.
 */
const ruleSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { error: 'Use a kebab-case id' }),
  when: conditionSchema,
  message: z.string().trim().min(1),
})

/** Schema of `questionnaire.yaml`: its version, its sections of questions and its rules. */
export const questionnaireSchema = z.strictObject({
  version: z.string().regex(SEMVER, { error: 'Expected a version such as 1.0.0' }),
  sections: z.array(sectionSchema).min(1),
  rules: z.array(ruleSchema).optional(),
})

/** A questionnaire. */
export type Questionnaire = z.infer<typeof questionnaireSchema>
