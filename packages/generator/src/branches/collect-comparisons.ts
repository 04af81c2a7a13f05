import type { Catalog, TemplateTest } from '@betterforus/clauses'
import type { Condition, Scalar } from '@betterforus/questionnaire'
import { listQuestions } from '@betterforus/questionnaire'

/** A comparison that splits an answer's values: `value < at` vs `value >= at`, or `=== at`. */
export type Comparison =
  | { kind: 'at-least'; at: number }
  | { kind: 'more-than'; at: number }
  | { kind: 'equals'; at: Scalar }
  | { kind: 'truthy' }
  | { kind: 'includes'; at: string }

/** What the lint could not enumerate: a comparison of two answers, or with a computed value. */
export interface Unsupported {
  answer: string
  where: string
  reason: string
}

/**
 * Gather, per answer id, every comparison that conditions (`show_if`, `include_when`, rules) and
 * templates (`#if`, `eq`, `gt`, `gte`) make with it: the boundaries of its classes.
 */
export function collectComparisons(catalog: Catalog): {
  comparisons: Map<string, Comparison[]>
  unsupported: Unsupported[]
} {
  const comparisons = new Map<string, Comparison[]>()
  const unsupported: Unsupported[] = []
  const add = (answer: string, comparison: Comparison) => {
    const list = comparisons.get(answer) ?? []
    comparisons.set(answer, list)
    list.push(comparison)
  }
  const visit = (condition: Condition): void => {
    if (condition === 'always') return
    if ('all' in condition || 'any' in condition || 'not' in condition) {
      const items =
        'all' in condition ? condition.all : 'any' in condition ? condition.any : [condition.not]
      for (const item of items) visit(item)
      return
    }
    if ('is' in condition) add(condition.answer, { kind: 'equals', at: condition.is })
    if ('in' in condition)
      for (const at of condition.in) add(condition.answer, { kind: 'equals', at })
    if ('includes' in condition) add(condition.answer, { kind: 'includes', at: condition.includes })
    if ('at_least' in condition) add(condition.answer, { kind: 'at-least', at: condition.at_least })
    if ('less_than' in condition)
      add(condition.answer, { kind: 'at-least', at: condition.less_than })
    if ('answered' in condition) add(condition.answer, { kind: 'truthy' })
  }
  for (const question of listQuestions(catalog.questionnaire))
    if (question.show_if) visit(question.show_if)
  for (const rule of catalog.questionnaire.rules ?? []) visit(rule.when)
  for (const clause of catalog.clauses) visit(clause.meta.include_when)

  const fromTest = (test: TemplateTest, where: string) => {
    if (test.helper === 'rate') return
    if (test.helper === 'if' || test.helper === 'unless' || test.helper === 'each') {
      add(test.answer, { kind: 'truthy' })
      return
    }
    const against = test.against
    let at: Scalar | undefined
    if (against && 'literal' in against) at = against.literal
    if (against && 'threshold' in against) at = catalog.data.thresholds[against.threshold]?.value
    if (at === undefined) {
      const other =
        against && 'answer' in against
          ? `two answers, \`${[test.answer, against.answer].sort().join('` and `')}\``
          : `\`${test.answer}\` with a computed value`
      unsupported.push({
        answer: test.answer,
        where,
        reason: `\`${test.helper}\` compares ${other}; compare an answer with a literal or a threshold_value so its branches can be enumerated`,
      })
      return
    }
    if (test.helper === 'eq') {
      add(test.answer, { kind: 'equals', at })
      return
    }
    if (typeof at !== 'number') return
    // Note: the answer may be on either side of `gt`/`gte`, so split both below and above `at`.
    add(test.answer, { kind: 'at-least', at })
    add(test.answer, { kind: 'more-than', at })
  }
  for (const clause of catalog.clauses)
    for (const test of clause.uses.tests) fromTest(test, `clauses/${clause.meta.id}.md`)
  for (const document of catalog.documents)
    for (const test of document.uses.tests) fromTest(test, `documents/${document.meta.id}.md`)
  for (const entry of catalog.glossary)
    for (const test of entry.tests) fromTest(test, `glossary.yaml (${entry.term})`)
  return { comparisons, unsupported }
}
