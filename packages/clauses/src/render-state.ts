import type { AnswerValue } from '@betterforus/questionnaire'
import type { CatalogData } from './catalog-types.js'
import type { ScopeFacts } from './provision-applies.js'
import type { Regime } from './schemas/common.js'

/** What a placeholder in rendered Markdown stands for. */
export type Slot = { kind: 'text'; value: string } | { kind: 'ref'; clauseId: string }

/** The state one render shares with the helpers, passed as Handlebars `@render` data. */
export interface RenderState {
  readonly data: CatalogData
  readonly regime: Regime
  /** What decides which statutory provisions apply: `cite` prints only those. */
  readonly scope: ScopeFacts
  /** The ISO date of the document: it selects the rates in force. */
  readonly documentDate: string
  /** Record a slot and return the placeholder that stands for it in the Markdown. */
  slot(slot: Slot): string
}

/** Placeholder delimiters: Private Use Area characters, which answers may never contain. */
export const SLOT_OPEN = '\uE000'
export const SLOT_CLOSE = '\uE001'

/**
 * An answer as templates see it: printing it gives a placeholder, so the answer's text joins
 * the syntax tree as a text node after the Markdown is parsed, never as Markdown.
 */
export class AnswerText {
  readonly value: AnswerValue
  readonly #state: RenderState

  constructor(value: AnswerValue, state: RenderState) {
    this.value = value
    this.#state = state
  }

  toString(): string {
    return this.#state.slot({ kind: 'text', value: String(this.value) })
  }
}

/** Create the render state for one template render; `slots` lists what each placeholder holds. */
export function createRenderState(input: {
  data: CatalogData
  regime: Regime
  scope: ScopeFacts
  documentDate: string
}): { state: RenderState; slots: Slot[] } {
  const slots: Slot[] = []
  const state: RenderState = {
    ...input,
    slot(slot) {
      slots.push(slot)
      return `${SLOT_OPEN}${slots.length - 1}${SLOT_CLOSE}`
    },
  }
  return { state, slots }
}
