import { listQuestions, type Questionnaire } from '@betterforus/questionnaire'
import { closest, distance } from 'fastest-levenshtein'
import { regimeSchema } from '../schemas/common.js'
import type { Rate } from '../schemas/data.js'
import type { HelperContext } from './check-helper-arguments.js'
import type { TemplateScope } from './check-template.js'

function listIds(questionnaire: Questionnaire): string[] {
  return questionnaire.sections.flatMap((section) =>
    section.questions.map((question) => question.id),
  )
}

/**
 * What a template may name: the questions and the derived `regime`, their types and options and
 * the data's keys, to check helper arguments, with a suggestion for a near miss.
 *
 * Note: with a data file in error its keys are unknown; helper arguments are left unchecked.
 */
export function templateScope(
  questionnaire: Questionnaire | undefined,
  data: { rates: Rate[] | undefined; thresholds: Record<string, unknown> | undefined },
): TemplateScope {
  const names = new Set(['regime', ...(questionnaire ? listIds(questionnaire) : [])])
  const types: HelperContext['types'] = new Map([
    ['regime', { type: 'one-of', options: regimeSchema.options }],
    ...(questionnaire ? listQuestions(questionnaire) : []).map(
      (question) =>
        [
          question.id,
          { type: question.type, options: question.options?.map((option) => option.value) },
        ] as const,
    ),
  ])
  const helpers =
    questionnaire && data.rates && data.thresholds
      ? { types, rates: data.rates, thresholds: new Set(Object.keys(data.thresholds)) }
      : undefined
  return {
    names,
    ...(helpers && { helpers }),
    suggest(name) {
      const best = closest(name, [...names])
      return distance(name, best) <= Math.max(2, name.length / 4) ? best : undefined
    },
  }
}
