import type { Catalog, CatalogClause, RenderInput } from '@betterforus/clauses'
import { type AnswerValue, getAnswer, listQuestions } from '@betterforus/questionnaire'
import type { BlockContent, Blockquote, Paragraph, PhrasingContent, RootContent } from 'mdast'
import { formatAnswer } from './format-answer.js'
import { isRateStale } from './is-rate-stale.js'
import { NOTE_LABEL } from './note-label.js'
import type { PackDocumentInfo } from './pack-tree.js'
import type { ResolveRef } from './parse-rendered.js'
import { regimeName } from './regime-name.js'
import { renderBlocks } from './render-blocks.js'
import type { ClauseDecision } from './select-clauses.js'

export interface MemoContext {
  catalog: Catalog
  input: RenderInput
  info: PackDocumentInfo
  decisions: ClauseDecision[]
  /** Where each included clause sits: its number and its document's title. */
  placeOf: (clauseId: string) => { number: number; title: string; order: number } | undefined
  resolveRef: ResolveRef
  /** The answers a council layer's defaults gave (ids), marked and listed. */
  defaults?: readonly string[]
}

const text = (value: string): PhrasingContent => ({ type: 'text', value })
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] })
const heading = (value: string): RootContent => ({
  type: 'heading',
  depth: 2,
  children: [text(value)],
})
const subheading = (value: string): RootContent => ({
  type: 'heading',
  depth: 3,
  children: [text(value)],
})
// Note: a question already ends with its own punctuation; only a plain label takes a colon.
// Note: a multi-line answer keeps its line breaks as `break` nodes (F7), as in the clauses.
const line = (label: string, value: string): Paragraph => ({
  type: 'paragraph',
  children: [
    strong(/[?:.]$/.test(label) ? label : `${label}:`),
    ...value
      .split('\n')
      .flatMap((part, index): PhrasingContent[] =>
        index === 0 ? [text(` ${part}`)] : [{ type: 'break' }, text(part)],
      ),
  ],
})
const bullets = (items: string[]): RootContent => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((item) => ({
    type: 'listItem',
    spread: false,
    children: [{ type: 'paragraph', children: [text(item)] }],
  })),
})

/** A note's blocks as memo text: the first paragraph opens with its bold label. */
function labelled(label: string, blocks: RootContent[]): RootContent[] {
  const [first, ...rest] = blocks
  if (first?.type !== 'paragraph') return blocks
  return [{ ...first, children: [strong(`${label}:`), text(' '), ...first.children] }, ...rest]
}

function clauseEntry(clause: CatalogClause, context: MemoContext): RootContent[] {
  const { meta } = clause
  const { regime } = context.input
  const place = context.placeOf(meta.id)
  const basis = (meta.legal_basis[regime] ?? []).map((entry) => `${entry.cite} [${entry.tag}]`)
  return [
    subheading(`${meta.title} (${meta.id}@${meta.version})`),
    ...(place ? [line('Where', `clause ${place.number} of the ${place.title}`)] : []),
    line('Principles', meta.principles.join(', ')),
    ...(meta.variant
      ? [line('Variant', `${meta.variant.kind} (group ${meta.variant.group})`)]
      : []),
    line(`Legal basis (${regime})`, basis.join('; ')),
    ...labelled(
      NOTE_LABEL.drafting,
      renderBlocks(clause.draftingNote, context.input, context.resolveRef),
    ),
    ...(clause.riskNote
      ? labelled(NOTE_LABEL.risk, renderBlocks(clause.riskNote, context.input, context.resolveRef))
      : []),
  ]
}

/**
 * The drafting memo: the lawyer's record of the pack. Every answer given, every clause included
 * with its legal basis, drafting note and risk note, every clause left out and why, the unverified
 * points relied on, and the provenance.
 */
export function buildMemo(
  intro: RootContent[],
  notice: Blockquote,
  context: MemoContext,
): RootContent[] {
  const { catalog, input, info, decisions } = context
  const documentDate = String(getAnswer(input.answers, 'document.date'))
  const staleRate =
    catalog.pack.staleRateNotice && isRateStale(catalog.data.rates, documentDate)
      ? [
          {
            type: 'blockquote',
            data: { note: { kind: 'notice' } },
            children: renderBlocks(
              catalog.pack.staleRateNotice,
              input,
              context.resolveRef,
            ) as BlockContent[],
          } satisfies Blockquote,
        ]
      : []
  const defaults = new Set(context.defaults ?? [])
  const layer = info.provenance.layer
  const answers = listQuestions(catalog.questionnaire).flatMap((question) => {
    const value = getAnswer(input.answers, question.id)
    if (value === undefined) return []
    // Note: a council default is marked where it is read, so the lawyer sees which answers no one typed.
    const from = defaults.has(question.id) ? ` (default of ${layer ?? 'the council layer'})` : ''
    return [line(question.text, `${formatAnswer(question, value)}${from}`)]
  })
  const defaultsUsed =
    defaults.size > 0
      ? [
          heading('Council defaults used'),
          bullets(
            listQuestions(catalog.questionnaire)
              .filter((question) => defaults.has(question.id))
              .map(
                (question) =>
                  `${question.id}: ${formatAnswer(question, getAnswer(input.answers, question.id) as AnswerValue)}`,
              ),
          ),
        ]
      : []
  const byId = new Map(catalog.clauses.map((clause) => [clause.meta.id, clause]))
  // Note: in pack order, document by document, as the lawyer reads the pack.
  const position = (id: string) => {
    const place = context.placeOf(id)
    return place ? place.order * 1000 + place.number : Number.MAX_SAFE_INTEGER
  }
  const included = decisions
    .filter((decision) => decision.included)
    .map((decision) => byId.get(decision.id) as CatalogClause)
    .sort((a, b) => position(a.meta.id) - position(b.meta.id))
  const unverified = included.flatMap(({ meta }) =>
    (meta.legal_basis[input.regime] ?? [])
      .filter((entry) => entry.tag === 'U')
      .map((entry) => `${meta.id}: ${entry.cite}`),
  )
  const { provenance } = info
  return [
    notice,
    ...staleRate,
    ...intro,
    heading('The answers'),
    line('Regime', regimeName[input.regime]),
    ...answers,
    ...defaultsUsed,
    heading('Clauses in the pack'),
    ...included.flatMap((clause) => clauseEntry(clause, context)),
    heading('Clauses left out'),
    bullets(
      decisions
        .filter((decision) => !decision.included)
        .map((decision) => `${decision.id}@${decision.version}: ${decision.reason}`),
    ),
    heading('Unverified points the pack relies on'),
    unverified.length > 0 ? bullets(unverified) : { type: 'paragraph', children: [text('None.')] },
    heading('Provenance'),
    line('Library', provenance.library),
    ...(provenance.layer === undefined ? [] : [line('Council layer', provenance.layer)]),
    line('Generator', provenance.generator),
    line('Data', provenance.dataVersion),
    line('Answers (SHA-256)', provenance.answersSha256),
    bullets(
      included.map(
        (clause) => `${clause.meta.id}@${clause.meta.version} sha256 ${clause.sha256.slice(0, 16)}`,
      ),
    ),
  ]
}
