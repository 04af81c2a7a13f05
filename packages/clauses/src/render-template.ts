import {
  type Answers,
  type AnswerValue,
  AUTHORITY_KIND_INPUTS,
  deriveAuthorityKind,
  getAnswer,
  listQuestions,
  type Questionnaire,
  setAtId,
} from '@betterforus/questionnaire'
import type { CatalogData, Template } from './catalog-types.js'
import type { ScopeFacts } from './provision-applies.js'
import { AnswerText, createRenderState, type RenderState, type Slot } from './render-state.js'
import type { Regime } from './schemas/common.js'

export interface RenderInput {
  questionnaire: Questionnaire
  answers: Answers
  regime: Regime
  data: CatalogData
}

export interface RenderedTemplate {
  /** Markdown in which every answer and helper output is a placeholder. */
  markdown: string
  /** What each placeholder stands for, by index. */
  slots: Slot[]
}

/** Text-like answers print as placeholders; the rest stay real values for `#if` and `#each`. */
function contextValue(value: AnswerValue | undefined, state: RenderState): unknown {
  if (value === undefined || typeof value === 'boolean' || Array.isArray(value)) return value
  return new AnswerText(value, state)
}

/**
 * Build the object a template sees: every question id is present (undefined when unanswered, so
 * strict mode never trips on an optional answer), plus the derived `regime`.
 *
 * Note: every group is made without a prototype, so an id such as `constructor.prototype.x` (which
 * the questionnaire check refuses, but a questionnaire built in code may still hold) creates its
 * own groups instead of walking into `Object.prototype`.
 */
function buildContext(input: RenderInput, state: RenderState): object {
  const root: Record<string, unknown> = Object.create(null)
  root.regime = input.regime
  for (const question of listQuestions(input.questionnaire)) {
    setAtId(root, question.id, contextValue(getAnswer(input.answers, question.id), state))
  }
  return root
}

/**
 * The answers `scopeOf` reads (with the regime): a template that cites prints a different form
 * for each, so the branch lint enumerates them.
 */
export const SCOPE_INPUTS: readonly string[] = Object.freeze([
  ...AUTHORITY_KIND_INPUTS,
  'procurement.startDate',
])

/** The pack's scope, from the answers that decide which statutory provisions apply. */
export function scopeOf(input: Pick<RenderInput, 'answers' | 'regime'>): ScopeFacts {
  const nation = getAnswer(input.answers, 'authority.nation')
  const start = getAnswer(input.answers, 'procurement.startDate')
  return {
    regime: input.regime,
    nation: typeof nation === 'string' ? nation : undefined,
    authorityKind: deriveAuthorityKind(input.answers),
    startDate: typeof start === 'string' ? start : undefined,
  }
}

/**
 * Render a compiled template with answers: answers and helper output become placeholders.
 *
 * @param template A template from the catalog.
 * @param input The questionnaire, validated answers, regime and dated data.
 * @returns The Markdown with placeholders, and the slots they stand for.
 */
export function renderTemplate(template: Template, input: RenderInput): RenderedTemplate {
  const documentDate = getAnswer(input.answers, 'document.date')
  if (typeof documentDate !== 'string') {
    throw new TypeError('Expected validated answers with `document.date`')
  }
  const { state, slots } = createRenderState({
    data: input.data,
    regime: input.regime,
    scope: scopeOf(input),
    documentDate,
  })
  const markdown = template(buildContext(input, state), { data: { render: state } })
  return { markdown, slots }
}
