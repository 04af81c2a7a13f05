import type { Condition } from './condition.js'

/**
 * List every answer id a condition names, once each, in order of first mention.
 *
 * @param condition
 *   The condition.
 * @returns
 *   Answer ids (derived facts such as `regime` included).
 * @example
 *   conditionReferences({ all: [{ answer: 'a', is: 1 }, { not: { answer: 'b', answered: true } }] })
 *   //=> ['a', 'b']
 */
export function conditionReferences(condition: Condition): string[] {
  const ids = new Set<string>()
  const visit = (item: Condition): void => {
    if (item === 'always') return
    if ('all' in item) item.all.forEach(visit)
    else if ('any' in item) item.any.forEach(visit)
    else if ('not' in item) visit(item.not)
    else ids.add(item.answer)
  }
  visit(condition)
  return [...ids]
}
