import {
  type Answers,
  type AnswerValue,
  type Condition,
  conditionReferences,
  decidePartly,
  type PartialFacts,
  type Question,
  REGIME_INPUTS,
  regimeSoFar,
  setAtId,
  UNKNOWN,
} from '@betterforus/questionnaire'
import { type AnswerClass, UNANSWERED } from './answer-class.js'

/** Everything a combination is drawn from: the questions in order, their classes and the rules. */
export interface AnswerSpace {
  questions: readonly Question[]
  /** Each question's classes, "not answered" left out. */
  classes: ReadonlyMap<string, readonly AnswerClass[]>
  /** The questionnaire's rules: combinations the law does not allow. */
  rules: readonly Condition[]
}

/**
 * Most combinations one unit may reach before the branch lint stops. Each independent condition
 * in one clause doubles the count (or triples it, for an optional yes/no), so a clause with a
 * few dozen would never finish. In library 1.1 the largest unit, sv-contract-conditions in
 * doc-sv-requirements, reaches between 600,000 and 745,000 (citation scope and the chassis added
 * the nation, devolved authority, start date, pricing and value classes; 1.0 reached 35,856), and
 * the whole lint takes about 3.3 minutes on two cores. The limit leaves room for one more
 * independent yes/no condition there; past it, split the clause.
 */
export const MAX_COMBINATIONS_PER_UNIT = 1_000_000

/** Thrown when one enumeration reaches its limit: nothing is sampled, the caller reports it. */
export class CombinationLimitError extends RangeError {
  /**
   * @param limit The limit that was reached.
   * @param questions The questions being enumerated.
   */
  constructor(
    readonly limit: number,
    readonly questions: readonly string[],
  ) {
    super(
      `more than ${limit} combinations of ${questions.length} answers (${questions.join(', ')}) to check; the branch lint stopped rather than check only some`,
    )
    this.name = 'CombinationLimitError'
  }
}

/** One reachable combination, completed into full answers. */
export interface Combination {
  answers: Answers
}

type Chosen = Map<string, AnswerClass>

function factsOf(chosen: Chosen): PartialFacts {
  const facts: PartialFacts = (id) => {
    if (id === 'regime') return regimeSoFar(facts)
    const found = chosen.get(id)
    return found === undefined ? UNKNOWN : found.value
  }
  return facts
}

/** The classes a question may take now: only "not answered" while its `show_if` hides it. */
function domainOf(question: Question, classes: readonly AnswerClass[], facts: PartialFacts) {
  const shown = question.show_if === undefined || decidePartly(question.show_if, facts)
  if (shown === undefined) {
    throw new TypeError(
      `Cannot tell whether \`${question.id}\` is shown: its show_if names an answer not chosen before it`,
    )
  }
  if (!shown) return [UNANSWERED]
  return question.required === true ? classes : [UNANSWERED, ...classes]
}

function breaksARule(space: AnswerSpace, facts: PartialFacts): boolean {
  return space.rules.some((rule) => decidePartly(rule, facts) === true)
}

/**
 * Every reachable combination of the classes of some questions, each completed into answers that
 * pass the questionnaire (shown, required, rules), in questionnaire order. A combination no
 * completion makes valid is an answers error, not a document, and is left out.
 *
 * @param space The questions, classes and rules.
 * @param domains The questions to enumerate and the classes to try for each ("not answered" is
 *   added where the question is optional and shown).
 * @param accept Keeps only the combinations it returns true for, decided on the enumerated
 *   answers alone.
 * @param limit Most combinations to reach (accepted or not) before throwing
 *   `CombinationLimitError`.
 */
export function* enumerateCombinations(
  space: AnswerSpace,
  domains: ReadonlyMap<string, readonly AnswerClass[]>,
  accept: (facts: PartialFacts) => boolean = () => true,
  limit: number = MAX_COMBINATIONS_PER_UNIT,
): Generator<Combination> {
  const enumerated = space.questions.filter((question) => domains.has(question.id))
  const rest = space.questions.filter((question) => !domains.has(question.id))
  const chosen: Chosen = new Map()
  const facts = factsOf(chosen)
  // Note: the completion depends only on the enumerated answers that rules and the others'
  // show_if name, so it is searched once per distinct value of those.
  const constraining = enumerated.filter((question) =>
    constrainingIds(space, rest).has(question.id),
  )
  const completions = new Map<string, Array<[string, AnswerClass]> | undefined>()
  let reached = 0

  function* choose(index: number): Generator<Combination> {
    const question = enumerated[index]
    if (question === undefined) {
      reached += 1
      if (reached > limit)
        throw new CombinationLimitError(
          limit,
          enumerated.map((item) => item.id),
        )
      if (!accept(facts)) return
      const key = constraining.map((item) => chosen.get(item.id)?.label).join('\u0000')
      if (!completions.has(key)) {
        const completed = complete(0)
        completions.set(
          key,
          completed && rest.map((item) => [item.id, completed.get(item.id) as AnswerClass]),
        )
      }
      const completion = completions.get(key)
      if (completion) {
        yield {
          answers: toAnswers(space, new Map([...chosen, ...completion])),
        }
      }
      return
    }
    for (const option of domainOf(question, domains.get(question.id) ?? [], facts)) {
      chosen.set(question.id, option)
      if (!breaksARule(space, facts)) yield* choose(index + 1)
    }
    chosen.delete(question.id)
  }

  /** The first valid completion of the other questions, searched depth first. */
  function complete(index: number): Chosen | undefined {
    const question = rest[index]
    if (question === undefined) return new Map(chosen)
    let found: Chosen | undefined
    for (const option of domainOf(question, space.classes.get(question.id) ?? [], facts)) {
      chosen.set(question.id, option)
      if (!breaksARule(space, facts)) found = complete(index + 1)
      if (found) break
    }
    chosen.delete(question.id)
    return found
  }

  yield* choose(0)
}

/** The answers that rules and the other questions' `show_if` name (`regime` as its inputs). */
function constrainingIds(space: AnswerSpace, rest: readonly Question[]): Set<string> {
  const ids = new Set<string>()
  const conditions = [
    ...space.rules,
    ...rest.flatMap((question) => (question.show_if ? [question.show_if] : [])),
  ]
  for (const id of conditions.flatMap(conditionReferences)) {
    if (id === 'regime') for (const input of REGIME_INPUTS) ids.add(input)
    else ids.add(id)
  }
  return ids
}

/** Nest the answered classes by their dotted ids, in questionnaire order, without prototypes. */
function toAnswers(space: AnswerSpace, chosen: Chosen): Answers {
  const answers: Record<string, unknown> = Object.create(null)
  for (const question of space.questions) {
    const value: AnswerValue | undefined = chosen.get(question.id)?.value
    if (value === undefined) continue
    setAtId(answers, question.id, value)
  }
  return answers as Answers
}
