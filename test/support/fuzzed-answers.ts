/**
 * Answer sets for fuzzing, derived from the questionnaire model (so a new question is fuzzed
 * without a change here): valid sets that respect each question's type and limits, `show_if` and
 * the questionnaire's rules, with hostile text in every text answer; and invalid sets, each made
 * from a valid one by a few mutations that validation must refuse, naming the question.
 */

import { isDeepStrictEqual } from 'node:util'
import {
  answersJsonSchema,
  createFacts,
  evaluateCondition,
  listQuestions,
  type Question,
  type Questionnaire,
  visibleQuestionIds,
} from '@betterforus/questionnaire'
import fc from 'fast-check'
import { parse, stringify } from 'yaml'
import {
  hostileText,
  normalisedAnswer,
  overlongText,
  type TextLimits,
  textWithForbiddenCharacter,
} from './hostile-text.js'

/** The format an answers file is written in. */
export type AnswersFormat = 'json' | 'yaml'

/** A text answer as validation must give it back. */
export interface ExpectedText {
  id: string
  text: string
}

export interface ValidAnswerSet {
  valid: true
  /** The answers file's content. */
  raw: Record<string, unknown>
  format: AnswersFormat
  /** Every shown, answered text question, with its normalised answer. */
  texts: ExpectedText[]
}

export interface InvalidAnswerSet {
  valid: false
  raw: Record<string, unknown>
  format: AnswersFormat
  /** Ids (question ids, or unknown keys as written) the errors must name. */
  named: string[]
  /** What was done to a valid set, for failure messages. */
  mutations: string[]
}

export type AnswerSet = ValidAnswerSet | InvalidAnswerSet

/** Counts of candidate sets made and dropped by a filter, to report the discard rate. */
export interface FilterCounts {
  candidates: number
  discarded: number
}

/** Counts kept while generating. */
export interface FuzzStats {
  /** Valid candidates; dropped are those a rule refuses even after repair. */
  valid: FilterCounts
  /** Valid sets a rule refused, repaired by removing one of the rule's optional answers. */
  repaired: number
  /** Invalid candidates; dropped are mutations that left nothing to report, rules that did not apply. */
  invalid: FilterCounts
}

export const newFuzzStats = (): FuzzStats => ({
  valid: { candidates: 0, discarded: 0 },
  repaired: 0,
  invalid: { candidates: 0, discarded: 0 },
})

/** Answer values by question id; `undefined` is no answer. */
type Flat = Map<string, unknown>

/** The limits the answers' JSON Schema gives each question (the public contract). */
interface Limits {
  maxLength?: number
  minimum?: number
  maximum?: number
  integer: boolean
}

function limitsOf(questionnaire: Questionnaire): Map<string, Limits> {
  const schema = answersJsonSchema(questionnaire) as Record<string, unknown>
  const limits = new Map<string, Limits>()
  for (const question of listQuestions(questionnaire)) {
    let node: unknown = schema
    for (const segment of question.id.split('.')) {
      node = (node as { properties?: Record<string, unknown> }).properties?.[segment]
    }
    const branches = ((node as { anyOf?: unknown[] }).anyOf ?? [node]) as Record<string, unknown>[]
    const typed = branches.find((branch) => branch.type !== 'null') ?? {}
    limits.set(question.id, {
      ...(typeof typed.maxLength === 'number' && { maxLength: typed.maxLength }),
      ...(typeof typed.minimum === 'number' && { minimum: typed.minimum }),
      ...(typeof typed.maximum === 'number' && { maximum: typed.maximum }),
      integer: typed.type === 'integer',
    })
  }
  return limits
}

const isText = (question: Question) => question.type === 'text' || question.type === 'long-text'

function textLimits(question: Question, limits: Limits): TextLimits {
  if (limits.maxLength === undefined)
    throw new Error(`the answers' JSON Schema gives ${question.id} no maxLength`)
  return { multiline: question.type === 'long-text', maxLength: limits.maxLength }
}

const DAY = 86_400_000
const dateFrom = (year: number, month: number, day: number, days: number) =>
  fc
    .integer({ min: 0, max: days })
    .map((offset) =>
      new Date(Date.UTC(year, month - 1, day) + offset * DAY).toISOString().slice(0, 10),
    )

/**
 * Dates from 1 April 2020 (the data's first pay rates) to 2035, which cover start dates under both
 * regimes; one in twenty from 2019, which the generator refuses as a document date.
 */
const isoDate = fc.oneof(
  { arbitrary: dateFrom(2020, 4, 1, 5_751), weight: 19 },
  { arbitrary: dateFrom(2019, 1, 1, 455), weight: 1 },
)

/** Amounts in pounds with whole pence: an integer number of pence divided by 100 is exact. */
const pounds = (minimum: number, maximum: number) =>
  fc
    .oneof(
      fc.integer({ min: 0, max: 100_000_000 }),
      fc.maxSafeNat().map((pence) => pence % 10_000_000_000_000),
    )
    .map((pence) => pence / 100)
    .filter((value) => value >= minimum && value <= maximum)

function numberValue(limits: Limits): fc.Arbitrary<number> {
  const min = limits.minimum ?? -1_000_000
  const max = limits.maximum ?? 1_000_000
  if (limits.integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
  return fc.oneof(
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
  )
}

/** A valid answer to a question. */
function validValue(question: Question, limits: Limits): fc.Arbitrary<unknown> {
  const values = (question.options ?? []).map((option) => option.value)
  switch (question.type) {
    case 'text':
    case 'long-text':
      return hostileText(textLimits(question, limits))
    case 'date':
      return isoDate
    case 'yes-no':
      return fc.boolean()
    case 'one-of':
      return fc.constantFrom(...values)
    case 'several-of':
      return fc.uniqueArray(fc.constantFrom(...values), {
        minLength: question.required === true ? 1 : 0,
        maxLength: values.length,
      })
    case 'money':
      return pounds(limits.minimum ?? 0, limits.maximum ?? Number.MAX_SAFE_INTEGER)
    default:
      return numberValue(limits)
  }
}

/** An answer or, for an optional question, sometimes none: absent, `null` or blank text. */
function answerOrNone(question: Question, limits: Limits): fc.Arbitrary<unknown> {
  const value = validValue(question, limits)
  if (question.required === true) return value
  const none = isText(question)
    ? fc.constantFrom(undefined, null, '', ' \t ')
    : fc.constantFrom(undefined, null)
  return fc.oneof({ arbitrary: value, weight: 3 }, { arbitrary: none, weight: 1 })
}

/** Nested answers from answers by dotted id (prototype keys become own keys). */
export function nestAnswers(
  flat: Flat,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  for (const [id, value] of flat) if (value !== undefined) setPath(root, id.split('.'), value)
  for (const [key, value] of Object.entries(extra)) setPath(root, [key], value)
  return root
}

/** The answers to shown questions only. */
function shownAnswers(questionnaire: Questionnaire, full: Flat): Flat {
  const visible = visibleQuestionIds(questionnaire, nestAnswers(full) as never)
  return new Map([...full].filter(([id]) => visible.has(id)))
}

const isAnswered = (value: unknown) =>
  value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')

/** The rules that refuse these (shown) answers. */
function refusingRules(questionnaire: Questionnaire, shown: Flat) {
  const answered = new Map([...shown].filter(([, value]) => isAnswered(value)))
  const facts = createFacts(nestAnswers(answered) as never)
  return (questionnaire.rules ?? []).filter((rule) => evaluateCondition(rule.when, facts))
}

type Condition = NonNullable<Questionnaire['rules']>[number]['when']

/**
 * A valid answer that makes a condition on one answer false: another option, the other yes/no
 * value, a number on the other side of the limit. `undefined` when there is none.
 */
function contrary(condition: Condition, question: Question, limits: Limits): unknown {
  if (condition === 'always' || !('answer' in condition)) return undefined
  const values: unknown[] =
    question.type === 'yes-no'
      ? [true, false]
      : (question.options ?? []).map((option) => option.value)
  const low = limits.minimum ?? -Infinity
  const high = limits.maximum ?? Infinity
  if ('is' in condition) {
    if (values.length > 0) return values.find((value) => value !== condition.is)
    if (typeof condition.is === 'number')
      return condition.is + 1 <= high ? condition.is + 1 : condition.is - 1
    return undefined
  }
  if ('in' in condition) return values.find((value) => !condition.in.includes(value as never))
  if ('less_than' in condition)
    return condition.less_than <= high ? Math.max(condition.less_than, low) : undefined
  if ('at_least' in condition)
    return condition.at_least - 1 >= low ? Math.min(condition.at_least - 1, high) : undefined
  return undefined
}

/**
 * Answers for every question, then only the shown ones kept. When a rule refuses them, one of the
 * rule's conditions is made false: an optional answer removed (an unanswered question matches no
 * rule), else an answer changed to a contrary value; what cannot be repaired in a few rounds is
 * dropped.
 */
function ruleAbidingAnswers(
  questionnaire: Questionnaire,
  full: Flat,
  limits: Map<string, Limits>,
  stats: FuzzStats,
) {
  const questions = new Map(listQuestions(questionnaire).map((question) => [question.id, question]))
  const answers = new Map(full)
  let shown = shownAnswers(questionnaire, answers)
  let repaired = false
  const repair = (condition: Condition): boolean => {
    if (condition === 'always' || 'any' in condition) return false
    // Note: the last condition first: it is the specific one (a weighting under a minimum, a term
    // over a limit), and changing it keeps the answers the rule is about.
    if ('all' in condition) return [...condition.all].reverse().some(repair)
    if ('not' in condition) {
      const inner = condition.not
      if (inner === 'always' || !('is' in inner) || !questions.has(inner.answer)) return false
      answers.set(inner.answer, inner.is)
      return true
    }
    const question = questions.get(condition.answer)
    if (question === undefined || !isAnswered(shown.get(question.id))) return false
    const value =
      question.required === true
        ? contrary(condition, question, limits.get(question.id) ?? { integer: false })
        : null
    if (value === undefined) return false
    answers.set(question.id, value ?? undefined)
    return true
  }
  for (let round = 0; round < 8; round++) {
    const rule = refusingRules(questionnaire, shown)[0]
    if (rule === undefined) {
      if (repaired) stats.repaired++
      return { answers, shown }
    }
    if (!repair(rule.when)) return undefined
    shown = shownAnswers(questionnaire, answers)
    repaired = true
  }
  return undefined
}

/** Answers for every question of the questionnaire, each valid for its question. */
function everyAnswer(questionnaire: Questionnaire): fc.Arbitrary<Flat> {
  const limits = limitsOf(questionnaire)
  const questions = listQuestions(questionnaire)
  return fc
    .tuple(
      ...questions.map((question) =>
        answerOrNone(question, limits.get(question.id) ?? { integer: false }),
      ),
    )
    .map((values) => new Map(questions.map((question, index) => [question.id, values[index]])))
}

/** Metadata an answers file may carry: sometimes the questionnaire version it was written for. */
const metadata = (questionnaire: Questionnaire) =>
  fc.option(fc.constant({ questionnaireVersion: questionnaire.version }), { nil: {} })

/**
 * Valid answer sets: types, limits, `show_if` and rules respected, hostile text in every text
 * answer; sometimes with answers to hidden questions left in (validation drops them).
 */
export function validAnswerSets(
  questionnaire: Questionnaire,
  stats: FuzzStats,
): fc.Arbitrary<ValidAnswerSet> {
  const questions = listQuestions(questionnaire)
  const limits = limitsOf(questionnaire)
  return fc
    .record({
      full: everyAnswer(questionnaire),
      keepHidden: fc.boolean(),
      format: fc.constantFrom<AnswersFormat>('json', 'yaml'),
      extra: metadata(questionnaire),
    })
    .map(({ full, keepHidden, format, extra }) => {
      stats.valid.candidates++
      const abiding = ruleAbidingAnswers(questionnaire, full, limits, stats)
      if (abiding === undefined) {
        stats.valid.discarded++
        return undefined
      }
      const texts = questions
        .filter((question) => isText(question) && isAnswered(abiding.shown.get(question.id)))
        .map((question) => ({
          id: question.id,
          text: normalisedAnswer(String(abiding.shown.get(question.id))),
        }))
      const raw = nestAnswers(keepHidden ? abiding.answers : abiding.shown, extra)
      return { valid: true as const, raw, format, texts }
    })
    .filter((set): set is ValidAnswerSet => set !== undefined)
}

/** One change to answers that validation must refuse. */
interface Mutation {
  id: string
  /** The new value; `undefined` removes the answer. */
  value: unknown
  /** The id the error must name. */
  named: string
  what: string
}

const mutation = (id: string, what: string) => (value: unknown) => ({ id, value, named: id, what })

/** Values of the wrong type for a question. */
function wrongType(question: Question): fc.Arbitrary<unknown> {
  switch (question.type) {
    case 'yes-no':
      return fc.constantFrom('yes', 'true', 'no', 1, 0, ['true'])
    case 'number':
    case 'money':
    case 'percent':
      return fc.constantFrom('12', '£1,000', true, ['1'], { value: 1 })
    case 'several-of':
      return fc.constantFrom(true, 3, { value: 'x' }, [1])
    default:
      return fc.constantFrom(12_345, 1.5, true, false, ['text'], { text: 'x' })
  }
}

/** Numbers out of a question's range, not whole where it must be, or with fractions of a penny. */
function badNumber(question: Question, limits: Limits): fc.Arbitrary<number> | undefined {
  const options: fc.Arbitrary<number>[] = []
  if (limits.minimum !== undefined)
    options.push(fc.integer({ min: 1, max: 1_000_000 }).map((by) => (limits.minimum ?? 0) - by))
  if (limits.maximum !== undefined)
    options.push(fc.integer({ min: 1, max: 1_000_000 }).map((by) => (limits.maximum ?? 0) + by))
  const low = Math.max(limits.minimum ?? 0, 0)
  const high = Math.min(limits.maximum ?? 1_000_000, 1_000_000)
  if (limits.integer && high - low >= 1)
    options.push(fc.integer({ min: Math.ceil(low), max: Math.floor(high) - 1 }).map((n) => n + 0.5))
  if (question.type === 'money')
    options.push(fc.integer({ min: 0, max: 100_000_000 }).map((n) => (n * 10 + 5) / 1000))
  return options.length > 0 ? fc.oneof(...options) : undefined
}

/** The mutations that apply to a question, each refused naming it. */
function mutationsFor(
  question: Question,
  limits: Limits,
  shownRequired: boolean,
): fc.Arbitrary<Mutation>[] {
  const id = question.id
  const found: fc.Arbitrary<Mutation>[] = [wrongType(question).map(mutation(id, 'wrong type'))]
  if (shownRequired) {
    const blank = isText(question)
      ? fc.constantFrom(undefined, null, '   ', '\t')
      : fc.constantFrom(undefined, null)
    found.push(blank.map(mutation(id, 'required answer missing or blank')))
  }
  if (isText(question)) {
    const text = textLimits(question, limits)
    found.push(
      textWithForbiddenCharacter(text).map(({ text: value, what }) => mutation(id, what)(value)),
      overlongText(text).map(mutation(id, 'over the length limit (F15)')),
    )
  }
  if (question.type === 'date') {
    const dates = fc.oneof(
      fc.constantFrom('2026-02-30', '2026-13-01', '1 May 2026', '2026-1-5', '2025-02-29'),
      hostileText({ multiline: false, maxLength: 40 }),
    )
    found.push(dates.map(mutation(id, 'not a real ISO date')))
  }
  if (question.type === 'one-of' || question.type === 'several-of') {
    const values = (question.options ?? []).map((option) => option.value)
    const wrong = fc.oneof(
      fc.constantFrom(...values).map((value) => `${value.toUpperCase()}x`),
      hostileText({ multiline: false, maxLength: 40 }),
    )
    found.push(
      (question.type === 'one-of' ? wrong : wrong.map((value) => [value])).map(
        mutation(id, 'not an option'),
      ),
    )
  }
  const number = badNumber(question, limits)
  if (number) found.push(number.map(mutation(id, 'out of range or not allowed')))
  return found
}

/** A key no question has: a misspelt id, or a prototype key, at the top or in a group (U3, U4). */
function unknownKey(questionnaire: Questionnaire): fc.Arbitrary<Mutation> {
  const ids = listQuestions(questionnaire).map((question) => question.id)
  const taken = new Set([...ids, ...ids.map((id) => id.split('.')[0] ?? id)])
  const prototypeKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']
  return fc
    .tuple(fc.constantFrom(...ids), fc.constantFrom(...prototypeKeys), fc.nat(), fc.nat(3))
    .map(([id, prototypeKey, at, how]) => {
      const group = id.split('.').slice(0, -1).join('.')
      const name = id.split('.').at(-1) ?? id
      const index = at % name.length
      const misspelt = `${name.slice(0, index)}${name.slice(index + 1)}${name[index] ?? ''}x`
      const key = [
        `${group}.${misspelt}`,
        `${group}.${prototypeKey}`,
        prototypeKey,
        `${id.replace('.', '')}`,
      ][how] as string
      return { id: key, value: 'Leeds', named: key, what: 'unknown key (U3, U4)' }
    })
    .filter((found) => !taken.has(found.id))
}

/**
 * Answers a rule refuses: one rule's conditions made true (an `is`, `in`, `at_least` or
 * `less_than` answer set to match). Rules on the derived regime hold only for some answers; the
 * others are dropped.
 */
function ruleBreakingAnswers(
  questionnaire: Questionnaire,
  full: Flat,
  ruleIndex: number,
  limits: Map<string, Limits>,
): { answers: Flat; named: string[]; rule: string } | undefined {
  const rules = questionnaire.rules ?? []
  const rule = rules[ruleIndex % Math.max(rules.length, 1)]
  if (rule === undefined) return undefined
  const answers = new Map(full)
  const questions = new Map(listQuestions(questionnaire).map((question) => [question.id, question]))
  const force = (condition: typeof rule.when): void => {
    if (condition === 'always') return
    if ('all' in condition) {
      for (const item of condition.all) force(item)
      return
    }
    if ('any' in condition) {
      force(condition.any[0] ?? 'always')
      return
    }
    if ('not' in condition || !questions.has(condition.answer)) return
    const id = condition.answer
    if ('is' in condition) answers.set(id, condition.is)
    else if ('in' in condition) answers.set(id, condition.in[0])
    else if ('at_least' in condition)
      answers.set(id, Math.min(condition.at_least, limits.get(id)?.maximum ?? Infinity))
    else if ('less_than' in condition)
      answers.set(id, Math.max(condition.less_than - 1, limits.get(id)?.minimum ?? -Infinity))
  }
  force(rule.when)
  const shown = shownAnswers(questionnaire, answers)
  if (!refusingRules(questionnaire, shown).includes(rule)) return undefined
  // Note: the error explains each condition of an `all`, but only the first that holds of an `any`.
  const named: string[] = []
  const collect = (condition: Condition): void => {
    if (condition === 'always' || 'any' in condition) return
    if ('all' in condition) condition.all.forEach(collect)
    else if ('not' in condition) collect(condition.not)
    else if (questions.has(condition.answer)) named.push(condition.answer)
  }
  collect(rule.when)
  return { answers: shown, named, rule: rule.id }
}

/**
 * Invalid answer sets: a valid set with one to three mutations (wrong type, required answer
 * missing or blank, a refused character, over-long text, a date or option that is not one, a
 * number out of range, an unknown key), or answers one of the questionnaire's rules refuses.
 */
export function invalidAnswerSets(
  questionnaire: Questionnaire,
  stats: FuzzStats,
): fc.Arbitrary<InvalidAnswerSet> {
  const limits = limitsOf(questionnaire)
  const questions = listQuestions(questionnaire)
  const byId = new Map(questions.map((question) => [question.id, question]))
  const mutated = fc
    // Note: the valid sets mutated here are not counted with the valid sets checked.
    .record({ base: validAnswerSets(questionnaire, newFuzzStats()) })
    .chain(({ base }) => {
      const visible = visibleQuestionIds(questionnaire, base.raw as never)
      const choices = questions.flatMap((question) =>
        mutationsFor(
          question,
          limits.get(question.id) ?? { integer: false },
          question.required === true && visible.has(question.id),
        ),
      )
      const mutations = fc.array(
        fc.oneof(
          { arbitrary: fc.oneof(...choices), weight: 9 },
          { arbitrary: unknownKey(questionnaire), weight: 1 },
        ),
        { minLength: 1, maxLength: 3 },
      )
      return fc.tuple(fc.constant(base), mutations)
    })
    .map(([base, mutations]) => {
      stats.invalid.candidates++
      const flat = flatten(base.raw, byId)
      const last = new Map<string, Mutation>()
      for (const change of mutations) {
        last.set(change.id, change)
        if (byId.has(change.id)) flat.set(change.id, change.value)
      }
      const extra = [...last.values()].filter((change) => !byId.has(change.id))
      const raw = nestAnswers(flat)
      for (const change of extra) setPath(raw, change.id.split('.'), change.value)
      // Note: a required answer removed is reported only if its question is still shown.
      const visible = visibleQuestionIds(questionnaire, raw as never)
      const named = [...last.values()]
        .filter((change) => !(change.what.startsWith('required') && !visible.has(change.id)))
        .map((change) => change.named)
      if (named.length === 0) {
        stats.invalid.discarded++
        return undefined
      }
      return {
        valid: false as const,
        raw,
        format: base.format,
        named,
        mutations: [...last.values()].map((change) => `${change.id}: ${change.what}`),
      }
    })
    .filter((set): set is InvalidAnswerSet => set !== undefined)
  const refused = fc
    .record({
      full: everyAnswer(questionnaire),
      rule: fc.nat(),
      format: fc.constantFrom<AnswersFormat>('json', 'yaml'),
    })
    .map(({ full, rule, format }) => {
      stats.invalid.candidates++
      const broken = ruleBreakingAnswers(questionnaire, full, rule, limits)
      if (broken === undefined) {
        stats.invalid.discarded++
        return undefined
      }
      return {
        valid: false as const,
        raw: nestAnswers(broken.answers),
        format,
        named: broken.named,
        mutations: [`rule ${broken.rule}`],
      }
    })
    .filter((set): set is InvalidAnswerSet => set !== undefined)
  return (questionnaire.rules ?? []).length > 0
    ? fc.oneof({ arbitrary: mutated, weight: 9 }, { arbitrary: refused, weight: 1 })
    : mutated
}

/** Answers by question id from nested answers. */
function flatten(raw: Record<string, unknown>, questions: Map<string, Question>): Flat {
  const flat: Flat = new Map()
  for (const id of questions.keys()) {
    let current: unknown = raw
    for (const segment of id.split('.')) {
      current =
        typeof current === 'object' && current !== null && Object.hasOwn(current, segment)
          ? (current as Record<string, unknown>)[segment]
          : undefined
    }
    if (current !== undefined) flat.set(id, current)
  }
  return flat
}

/** Set a value at a path of own keys (a prototype key becomes an own key, as YAML makes it). */
function setPath(target: Record<string, unknown>, segments: string[], value: unknown) {
  const [first, ...rest] = segments
  if (first === undefined) return
  const own = (key: string, inner: unknown) =>
    Object.defineProperty(target, key, {
      value: inner,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  if (rest.length === 0) {
    own(first, value)
    return
  }
  const inner = Object.hasOwn(target, first) ? target[first] : undefined
  if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) {
    setPath(inner as Record<string, unknown>, rest, value)
    return
  }
  const group: Record<string, unknown> = {}
  own(first, group)
  setPath(group, rest, value)
}

/**
 * Valid and invalid answer sets, one valid to four invalid: a valid set is built and checked in
 * Markdown and DOCX, which costs about ten times as much as validating an invalid one.
 */
export function answerSets(
  questionnaire: Questionnaire,
  stats: FuzzStats,
): fc.Arbitrary<AnswerSet> {
  return fc.oneof(
    { arbitrary: validAnswerSets(questionnaire, stats), weight: 1 },
    { arbitrary: invalidAnswerSets(questionnaire, stats), weight: 4 },
  )
}

const wellFormed = (text: string) =>
  new TextDecoder().decode(new TextEncoder().encode(text)) === text

/**
 * The answers file's text. YAML is written as `yaml` writes it, unless that does not read back the
 * same: yaml 2.9.1 can fold a long double-quoted string so that an escaped space after `\r\n`
 * reads back as a backslash, so such a file is written with JSON-style escapes. YAML that would
 * hold a lone surrogate (which no UTF-8 file can) is written as JSON, whose escapes keep it.
 */
export function answersFileText(set: AnswerSet): string {
  if (set.format === 'yaml') {
    for (const options of [{}, { doubleQuotedAsJSON: true }]) {
      const text = stringify(set.raw, options)
      if (wellFormed(text) && isDeepStrictEqual(parse(text), set.raw)) return text
    }
  }
  return JSON.stringify(set.raw, null, 2)
}
