import * as z from 'zod'
import { buildAnswersSchema } from './build-answers-schema.js'
import { listQuestions } from './list-questions.js'
import type { Questionnaire } from './questionnaire.js'

interface JsonSchemaObject {
  properties?: Record<string, JsonSchemaObject>
  required?: string[]
  [key: string]: unknown
}

/**
 * Describe a valid answers file as JSON Schema (draft 2020-12), for editors and other tools.
 *
 * Note: JSON Schema cannot say everything `parseAnswers` checks (conditions, characters, real
 * dates); it lists as required only the required questions that are always shown.
 *
 * @param questionnaire
 *   The questionnaire.
 * @returns
 *   The JSON Schema, as a plain object.
 */
export function answersJsonSchema(questionnaire: Questionnaire): object {
  const schema = z.toJSONSchema(buildAnswersSchema(questionnaire), {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchemaObject
  for (const question of listQuestions(questionnaire)) {
    if (question.required !== true || question.show_if !== undefined) continue
    let node: JsonSchemaObject | undefined = schema
    for (const segment of question.id.split('.')) {
      if (node === undefined) break
      node.required = [...new Set([...(node.required ?? []), segment])]
      // Note: own keys only, so a segment such as `constructor` never reaches a prototype.
      const properties: Record<string, JsonSchemaObject> | undefined = node.properties
      node = properties && Object.hasOwn(properties, segment) ? properties[segment] : undefined
    }
  }
  return { ...schema, title: `Answers to questionnaire ${questionnaire.version}` }
}
