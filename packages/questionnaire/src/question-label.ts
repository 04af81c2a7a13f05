import type { Question } from './question.js'

/**
 * Name a question in a message by its id and its text.
 *
 * @param question
 *   The question.
 * @returns
 *   The label.
 * @example
 *   questionLabel({ id: 'authority.name', text: 'What is the name?', type: 'text' })
 *   //=> 'authority.name ("What is the name?")'
 */
export function questionLabel(question: Pick<Question, 'id' | 'text'>): string {
  return `${question.id} (${JSON.stringify(question.text)})`
}
