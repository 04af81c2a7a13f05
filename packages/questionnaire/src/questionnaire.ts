import * as z from 'zod'
import { questionSchema } from './question.js'

/** Semantic version `major.minor.patch`, with optional pre-release and build parts. */
export const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/

const sectionSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().trim().min(1),
  questions: z.array(questionSchema).min(1),
})

/** Schema of `questionnaire.yaml`: its version and its sections of questions. */
export const questionnaireSchema = z.strictObject({
  version: z.string().regex(SEMVER, { error: 'Expected a version such as 1.0.0' }),
  sections: z.array(sectionSchema).min(1),
})

/** A questionnaire. */
export type Questionnaire = z.infer<typeof questionnaireSchema>
