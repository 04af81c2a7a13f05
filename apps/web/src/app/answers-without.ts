import type { Answers } from '@betterforus/questionnaire'

/**
 * The answers with some taken out by their dotted ids, and any group left empty removed: what
 * the user answered, once the answers a council layer's defaults gave are set apart.
 *
 * @param answers Answers nested by id.
 * @param ids Dotted ids to take out, such as `authority.name`.
 * @returns A copy without them.
 * @example
 *   answersWithout({ authority: { name: 'x', nation: 'wales' } }, new Set(['authority.name']))
 *   //=> { authority: { nation: 'wales' } }
 */
export function answersWithout(answers: Answers, ids: ReadonlySet<string>): Answers {
  const walk = (group: Record<string, unknown>, prefix: string): Record<string, unknown> => {
    const kept: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(group)) {
      const id = `${prefix}${key}`
      if (ids.has(id)) continue
      const isGroup = value !== null && typeof value === 'object' && !Array.isArray(value)
      if (!isGroup) {
        kept[key] = value
        continue
      }
      const inner = walk(value as Record<string, unknown>, `${id}.`)
      if (Object.keys(inner).length > 0) kept[key] = inner
    }
    return kept
  }
  return walk(answers as Record<string, unknown>, '') as Answers
}
