import { catalog } from '@betterforus/clauses'
import { answersJsonSchema, listQuestions } from '@betterforus/questionnaire'

/**
 * `betterforus questions [--json-schema]`: list the questions an answers file answers, or print
 * the JSON Schema of an answers file for councils that generate them from their own systems.
 */
export function questionsCommand(options: { jsonSchema?: boolean }): number {
  if (options.jsonSchema) {
    console.log(JSON.stringify(answersJsonSchema(catalog.questionnaire), null, 2))
    return 0
  }
  for (const question of listQuestions(catalog.questionnaire)) {
    const required = question.required ? 'required' : 'optional'
    const options = question.options
      ? `: ${question.options.map((option) => option.value).join(' | ')}`
      : ''
    console.log(
      `${question.id}  (${question.type}${options}; ${required}${question.show_if ? '; conditional' : ''})`,
    )
    console.log(`    ${question.text}`)
  }
  return 0
}
