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

/**
 * How answers written for an older questionnaire become answers to a newer one: data, never code.
 * `from` is the older version or range (`1`, `1.x`, `1.2`, `1.2.3`); `to` the version it leads to;
 * `renames` maps an old question id to its new id; `removes` lists ids whose answers are dropped
 * (and listed to the user). Applied by `migrateAnswers`, in order, before answers are validated.
 *
 * ```yaml
 * migrations:
 *   - from: "1"
 *     to: 2.0.0
 *     renames: { pay.approach: pay.livingWage }
 *     removes: [voice.employeeCodesign]
 *     reason: Pay questions were split by scheme; co-design is now always included.
 * ```
 */
export const migrationSchema = z.strictObject({
  from: z.string().regex(/^(0|[1-9]\d*)(?:\.(?:0|[1-9]\d*|x)){0,2}$/, {
    error: 'Expected a version or range such as 1, 1.x, 1.2 or 1.2.3',
  }),
  to: z.string().regex(SEMVER, { error: 'Expected a version such as 2.0.0' }),
  renames: z.record(z.string().min(1), z.string().min(1)).optional(),
  removes: z.array(z.string().min(1)).optional(),
  reason: z.string().trim().min(1),
})

/** One migration step of the questionnaire. */
export type Migration = z.infer<typeof migrationSchema>

/** Schema of `questionnaire.yaml`: its version, its sections of questions, its rules and migrations. */
export const questionnaireSchema = z.strictObject({
  version: z.string().regex(SEMVER, { error: 'Expected a version such as 1.0.0' }),
  sections: z.array(sectionSchema).min(1),
  rules: z.array(ruleSchema).optional(),
  migrations: z.array(migrationSchema).optional(),
})

/** A questionnaire. */
export type Questionnaire = z.infer<typeof questionnaireSchema>
