import * as z from 'zod'
import { answerSchema } from './answer-schema.js'
import type { Answers } from './answers.js'
import { closestName } from './closest-name.js'
import { isAnswered } from './is-answered.js'
import { listQuestions } from './list-questions.js'
import type { Question } from './question.js'
import { questionLabel } from './question-label.js'
import { type Questionnaire, SEMVER } from './questionnaire.js'
import { kindOf } from './quote-the-value.js'
import { visibleQuestionIds } from './visible-question-ids.js'

/** Top-level keys an answers file may hold besides answers. */
export const METADATA_KEYS: readonly string[] = ['$schema', 'questionnaireVersion']

interface Group {
  readonly children: Map<string, Group | Question>
}

/**
 * Build the schema of an answers file: one `z.strictObject` per level of the dotted ids, each
 * answer checked by its question's type and limits, and every required question that is shown
 * answered.
 *
 * Every issue has `params.ruleId` except zod's own `invalid_type` (`wrong-type`, or
 * `quote-the-value` when text was read as a number, yes/no value or date) and
 * `unrecognized_keys` (`unknown-answer`).
 *
 * @param questionnaire
 *   The questionnaire.
 * @returns
 *   The schema; its output is normalised (LF, NFC, trimmed) but still holds hidden answers.
 */
export function buildAnswersSchema(questionnaire: Questionnaire): z.ZodType {
  const root: Group = { children: new Map() }
  for (const question of listQuestions(questionnaire)) insert(root, question)
  const shape = shapeOf(root, [])
  shape.$schema = z
    .string({ error: 'The top-level "$schema" must be text: the address of a JSON Schema' })
    .optional()
  shape.questionnaireVersion = z
    .string({ error: 'The top-level "questionnaireVersion" must be text, such as "1.0.0"' })
    .regex(SEMVER, {
      error: 'The top-level "questionnaireVersion" must be a version such as "1.0.0"',
    })
    .optional()
  const allIds = [...listQuestions(questionnaire).map((question) => question.id), ...METADATA_KEYS]
  return z
    .strictObject(shape, { error: (issue) => groupMessage(issue, [], allIds) })
    .check(
      z.superRefine((value, ctx) => checkFile(questionnaire, value, ctx), { when: () => true }),
    )
}

function insert(root: Group, question: Question) {
  const segments = question.id.split('.')
  let group = root
  segments.slice(0, -1).forEach((segment) => {
    const child = group.children.get(segment)
    if (child !== undefined && 'children' in child) group = child
    else if (child === undefined) {
      const created: Group = { children: new Map() }
      group.children.set(segment, created)
      group = created
    }
  })
  const last = segments.at(-1) ?? question.id
  if (!group.children.has(last)) group.children.set(last, question)
}

function shapeOf(group: Group, path: string[]): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {}
  const ids = idsUnder(group, path)
  for (const [key, child] of group.children) {
    if ('children' in child) {
      const inner = [...path, key]
      shape[key] = z
        .strictObject(shapeOf(child, inner), { error: (issue) => groupMessage(issue, inner, ids) })
        .optional()
    } else {
      shape[key] = answerSchema(child).meta({
        description: child.help === undefined ? child.text : `${child.text} ${child.help}`,
      })
    }
  }
  return shape
}

function idsUnder(group: Group, path: string[]): string[] {
  return [...group.children].flatMap(([key, child]) =>
    'children' in child ? idsUnder(child, [...path, key]) : [[...path, key].join('.')],
  )
}

function groupMessage(issue: z.core.$ZodRawIssue, path: string[], ids: string[]): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => unknownAnswerMessage([...path, key].join('.'), ids)).join('; ')
  }
  if (path.length === 0)
    return `An answers file must be a group of answers, such as authority: { name: … }, but got ${kindOf(issue.input)}`
  return `"${path.join('.')}" groups the answers ${ids.map((id) => `"${id}"`).join(', ')}, so it must be a group such as ${path.at(-1)}: { … }, but got ${kindOf(issue.input)}`
}

/**
 * The message for an answer no question asks for.
 *
 * @param id
 *   The dotted id as written.
 * @param ids
 *   The valid ids.
 * @returns
 *   The message, with a suggestion when a valid id is close.
 */
export function unknownAnswerMessage(id: string, ids: readonly string[]): string {
  const guess = closestName(id, ids)
  const hint = guess === undefined ? '' : `; did you mean "${guess}"?`
  return `Unknown answer ${JSON.stringify(id)}: no question has this id${hint}`
}

function checkFile(questionnaire: Questionnaire, value: unknown, ctx: z.core.$RefinementCtx) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return
  const record = value as Record<string, unknown>
  const version = Object.hasOwn(record, 'questionnaireVersion')
    ? record.questionnaireVersion
    : undefined
  if (
    typeof version === 'string' &&
    SEMVER.test(version) &&
    major(version) !== major(questionnaire.version)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['questionnaireVersion'],
      params: { ruleId: 'questionnaire-version' },
      message: `These answers were written for questionnaire version ${version}, but this is version ${questionnaire.version}; a new major version changes the questions, so review the answers against version ${questionnaire.version} and update questionnaireVersion`,
    })
  }
  const visible = visibleQuestionIds(questionnaire, value as Answers)
  for (const question of listQuestions(questionnaire)) {
    if (question.required !== true || !visible.has(question.id)) continue
    const answer = rawAnswer(record, question.id)
    if (isAnswered(answer)) continue
    const segments = question.id.split('.')
    const example = segments.reduceRight(
      (inner, segment) => `${segment}: ${inner === '…' ? inner : `{ ${inner} }`}`,
      '…',
    )
    ctx.addIssue({
      code: 'custom',
      path: segments,
      params: { ruleId: 'missing-answer' },
      message: `${questionLabel(question)} is required, but ${answer === undefined || answer === null ? 'has no answer' : 'the answer is blank'}; add it, for example ${example}`,
    })
  }
}

function rawAnswer(record: Record<string, unknown>, id: string): unknown {
  let current: unknown = record
  for (const segment of id.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment))
      return undefined
    current = (current as Record<string, unknown>)[segment]
  }
  return current
}

function major(version: string): string {
  return version.split('.')[0] ?? version
}
