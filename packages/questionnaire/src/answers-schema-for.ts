import { buildAnswersSchema } from './build-answers-schema.js'
import type { Questionnaire } from './questionnaire.js'

// Note: building the schema is about 40 % of a parse, and a questionnaire never changes once
// loaded, so each one's schema is built once (a batch, the fuzz run and the form parse many files).
const schemas = new WeakMap<Questionnaire, ReturnType<typeof buildAnswersSchema>>()

/**
 * The answers schema of a questionnaire (`buildAnswersSchema`), built once per questionnaire
 * object: `parseAnswers` and the web form check with the same instance.
 *
 * @param questionnaire A loaded questionnaire, not changed afterwards.
 * @returns The zod schema.
 */
export function answersSchemaFor(
  questionnaire: Questionnaire,
): ReturnType<typeof buildAnswersSchema> {
  let schema = schemas.get(questionnaire)
  if (schema === undefined) {
    schema = buildAnswersSchema(questionnaire)
    schemas.set(questionnaire, schema)
  }
  return schema
}
