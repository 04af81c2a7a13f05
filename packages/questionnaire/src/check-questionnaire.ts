import { MONEY_MAX } from './answer-schema.js'
import type { Condition } from './condition.js'
import { DERIVED_FACTS } from './derive-regime.js'
import { formatValue } from './format-value.js'
import { isPrototypeName } from './is-prototype-name.js'
import type { Question } from './question.js'
import type { Questionnaire } from './questionnaire.js'

/** A problem found by `checkQuestionnaire`. */
export interface QuestionnaireProblem {
  reason: string
  ruleId: string
  path: (string | number)[]
}

/** Dotted camelCase path: `contract.estimatedValue`. */
const QUESTION_ID = /^[a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9]*)*$/
/** Top-level names an answers file uses for itself. */
const RESERVED: ReadonlySet<string> = new Set(['questionnaireVersion', ...DERIVED_FACTS])
const NUMERIC: ReadonlySet<string> = new Set(['number', 'money', 'percent'])
const REGIMES: readonly string[] = ['pa2023', 'pcr2015', 'scotland']

type Path = (string | number)[]

/**
 * Check what the schema cannot: ids, references between questions and condition values.
 *
 * @param questionnaire
 *   A questionnaire that passed `questionnaireSchema`.
 * @returns
 *   Problems, each with a `ruleId` and the `path` of the offending value; empty when none.
 */
export function checkQuestionnaire(questionnaire: Questionnaire): QuestionnaireProblem[] {
  const problems: QuestionnaireProblem[] = []
  const seen = new Map<string, Question>()
  const add = (path: Path, ruleId: string, reason: string) =>
    problems.push({ reason, ruleId, path })

  const sectionIds = new Set<string>()
  questionnaire.sections.forEach((section, sectionIndex) => {
    if (sectionIds.has(section.id)) {
      add(
        ['sections', sectionIndex, 'id'],
        'duplicate-id',
        `The section id "${section.id}" is used twice`,
      )
    }
    sectionIds.add(section.id)
    section.questions.forEach((question, questionIndex) => {
      const at: Path = ['sections', sectionIndex, 'questions', questionIndex]
      checkId(question, seen, [...at, 'id'], add)
      checkOptions(question, at, add)
      if (question.type === 'money' && question.max !== undefined && question.max > MONEY_MAX) {
        add(
          [...at, 'max'],
          'max-too-large',
          `The money question ${question.id} has max ${question.max}; the largest amount a money question may accept is ${MONEY_MAX} (£1 trillion): lower max, or leave it out to use that cap`,
        )
      }
      if (question.show_if !== undefined) {
        const label = `${question.id}'s show_if`
        checkCondition(question.show_if, question.id, label, seen, [...at, 'show_if'], add)
      }
      seen.set(question.id, question)
    })
  })
  const ruleIds = new Set<string>()
  questionnaire.rules?.forEach((rule, index) => {
    if (ruleIds.has(rule.id))
      add(['rules', index, 'id'], 'duplicate-id', `The rule id "${rule.id}" is used twice`)
    ruleIds.add(rule.id)
    checkCondition(rule.when, '', `rule ${rule.id}'s when`, seen, ['rules', index, 'when'], add)
  })
  return problems
}

type Add = (path: Path, ruleId: string, reason: string) => void

function checkId(question: Question, seen: Map<string, Question>, path: Path, add: Add) {
  const id = question.id
  if (!QUESTION_ID.test(id)) {
    add(
      path,
      'invalid-id',
      `The question id ${formatValue(id)} is not a dotted path of camelCase names, such as contract.estimatedValue`,
    )
    return
  }
  const inherited = id.split('.').find(isPrototypeName)
  if (inherited !== undefined) {
    add(
      path,
      'prototype-name',
      `The question id "${id}" has the part "${inherited}", a name every JavaScript object already has, so answers could not be stored under it safely; rename that part, such as "${inherited}Name"`,
    )
    return
  }
  if (seen.has(id)) {
    add(
      path,
      'duplicate-id',
      `The question id "${id}" is used twice; each question needs its own id`,
    )
    return
  }
  const first = id.split('.')[0] ?? id
  if (RESERVED.has(first)) {
    add(
      path,
      'reserved-id',
      `The question id "${id}" starts with "${first}", a name reserved by answers files`,
    )
  }
  for (const other of seen.keys()) {
    const [short, long] = other.length < id.length ? [other, id] : [id, other]
    if (long.startsWith(`${short}.`)) {
      add(
        path,
        'id-prefix',
        `The question id "${id}" and "${other}" clash: "${short}" cannot be both an answer and a group of answers`,
      )
    }
  }
}

function checkOptions(question: Question, at: Path, add: Add) {
  const values = new Set<string>()
  question.options?.forEach((option, index) => {
    if (values.has(option.value)) {
      add(
        [...at, 'options', index, 'value'],
        'duplicate-option',
        `The option value "${option.value}" of ${question.id} is used twice`,
      )
    }
    values.add(option.value)
  })
}

function checkCondition(
  condition: Condition,
  ownerId: string,
  label: string,
  seen: Map<string, Question>,
  path: Path,
  add: Add,
) {
  if (condition === 'always') return
  if ('all' in condition || 'any' in condition) {
    const key = 'all' in condition ? 'all' : 'any'
    const items = 'all' in condition ? condition.all : condition.any
    items.forEach((item, index) => {
      checkCondition(item, ownerId, label, seen, [...path, key, index], add)
    })
    return
  }
  if ('not' in condition) {
    checkCondition(condition.not, ownerId, label, seen, [...path, 'not'], add)
    return
  }
  const id = condition.answer
  const named = `${label} names "${id}"`
  if (DERIVED_FACTS.includes(id)) {
    const values = 'is' in condition ? [condition.is] : 'in' in condition ? condition.in : []
    values.forEach((value) => {
      if (!REGIMES.includes(String(value))) {
        add(
          [...path, 'is' in condition ? 'is' : 'in'],
          'not-an-option',
          `${named}, which is one of ${REGIMES.map(formatValue).join(', ')}, never ${formatValue(value)}`,
        )
      }
    })
    return
  }
  const target = seen.get(id)
  if (target === undefined) {
    const later = id === ownerId ? 'itself' : 'a later question, or one that does not exist'
    add(
      [...path, 'answer'],
      'unknown-reference',
      `${named}: ${later}; a condition may name only earlier questions or ${DERIVED_FACTS.join(', ')}`,
    )
    return
  }
  checkConditionValue(condition, target, named, path, add)
}

function checkConditionValue(
  condition: Exclude<
    Condition,
    'always' | { all: Condition[] } | { any: Condition[] } | { not: Condition }
  >,
  target: Question,
  named: string,
  path: Path,
  add: Add,
) {
  const options = target.options?.map((option) => option.value)
  const expect = (key: string, values: unknown[]) => {
    for (const value of values) {
      if (options !== undefined && !options.includes(value as string)) {
        add(
          [...path, key],
          'not-an-option',
          `${named}, whose options are ${options.map(formatValue).join(', ')}, not ${formatValue(value)}`,
        )
      } else if (options === undefined && !valueFits(target.type, value)) {
        add(
          [...path, key],
          'condition-type',
          `${named}, a ${target.type} question, which can never be ${formatValue(value)}`,
        )
      }
    }
  }
  if (('is' in condition || 'in' in condition) && target.type === 'several-of') {
    add(
      [...path, 'is' in condition ? 'is' : 'in'],
      'condition-type',
      `${named}, a several-of question, whose answer is a list; use \`includes\``,
    )
  } else if ('is' in condition) expect('is', [condition.is])
  else if ('in' in condition) expect('in', condition.in)
  else if ('includes' in condition) {
    if (target.type !== 'several-of') {
      add(
        [...path, 'includes'],
        'condition-type',
        `${named}, a ${target.type} question; \`includes\` needs a several-of question`,
      )
    } else expect('includes', [condition.includes])
  } else if ('at_least' in condition || 'less_than' in condition) {
    if (!NUMERIC.has(target.type)) {
      const key = 'at_least' in condition ? 'at_least' : 'less_than'
      add(
        [...path, key],
        'condition-type',
        `${named}, a ${target.type} question; \`${key}\` needs a number, money or percent question`,
      )
    }
  }
}

function valueFits(type: string, value: unknown): boolean {
  if (NUMERIC.has(type)) return typeof value === 'number'
  if (type === 'yes-no') return typeof value === 'boolean'
  return typeof value === 'string'
}
