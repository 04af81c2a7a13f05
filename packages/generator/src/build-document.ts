import {
  type Catalog,
  type CatalogClause,
  type CatalogDocument,
  DEFINITIONS_CLAUSE,
  type RenderInput,
  type Template,
} from '@betterforus/clauses'
import type { BlockContent, Blockquote, RootContent } from 'mdast'
import { toString as textOf } from 'mdast-util-to-string'
import { bookmarkName } from './bookmark-name.js'
import { buildDefinitions, termsUsed } from './build-definitions.js'
import { buildMemo, type MemoContext } from './build-memo.js'
import { numberClause } from './number-clause.js'
import type { NoteKind, PackDocument, PackDocumentInfo } from './pack-tree.js'
import type { ResolveRef } from './parse-rendered.js'
import { renderBlocks } from './render-blocks.js'

export interface DocumentPlan {
  document: CatalogDocument
  /** The included clauses in order; clause n is numbered n. */
  clauses: CatalogClause[]
}

export interface BuildContext {
  catalog: Catalog
  input: RenderInput
  info: PackDocumentInfo
  /** What the drafting memo reports: every decision, and where each clause sits. */
  memo: Pick<MemoContext, 'decisions' | 'placeOf' | 'defaults'>
  /** Makes the cross-reference node for `{{ref}}` in the named clause. */
  resolveRefFrom: (clauseId: string) => ResolveRef
}

function note(
  kind: NoteKind,
  template: Template,
  clauseId: string | undefined,
  context: BuildContext,
): Blockquote {
  const children = renderBlocks(
    template,
    context.input,
    context.resolveRefFrom(clauseId ?? ''),
  ) as BlockContent[]
  return { type: 'blockquote', children, data: { note: { kind, ...(clauseId && { clauseId }) } } }
}

/**
 * Build one pack document's tree: title, the drafter notice (drafter copy), opening text, then
 * each included clause numbered in order, its notes beside it in the drafter copy.
 */
export function buildDocument(plan: DocumentPlan, context: BuildContext): PackDocument {
  const { catalog, input, info } = context
  const drafter = info.copy === 'drafter'
  const title: RootContent = {
    type: 'heading',
    depth: 1,
    children: [{ type: 'text', value: plan.document.meta.title }],
  }
  const resolveRef = context.resolveRefFrom(plan.document.meta.id)
  const intro = renderBlocks(plan.document.intro, input, resolveRef)
  if (plan.document.meta.kind === 'memo') {
    const notice = note('notice', catalog.pack.drafterNotice, undefined, context)
    const memo = buildMemo(intro, notice, { ...context.memo, catalog, input, info, resolveRef })
    return { type: 'root', children: [title, ...memo], data: info }
  }
  // Note: the drafter notice comes first, right under the title and cover, in both outputs.
  const children: RootContent[] = [
    title,
    ...(drafter ? [note('notice', catalog.pack.drafterNotice, undefined, context)] : []),
    ...intro,
  ]

  // Note: render every other clause first; the Definitions clause lists the terms they use.
  const bodies = new Map(
    plan.clauses
      .filter((clause) => clause.meta.id !== DEFINITIONS_CLAUSE)
      .map((clause) => [
        clause.meta.id,
        renderBlocks(clause.body, input, context.resolveRefFrom(clause.meta.id)),
      ]),
  )
  const text = [intro, ...bodies.values()]
    .map((blocks) => textOf({ type: 'root', children: blocks }))
    .join('\n')
  const terms = termsUsed(text, catalog)
  plan.clauses.forEach((clause, index) => {
    const { meta } = clause
    const resolveRef = context.resolveRefFrom(meta.id)
    const blocks =
      meta.id === DEFINITIONS_CLAUSE
        ? buildDefinitions(index + 1, clause, terms, catalog, input, resolveRef)
        : numberClause(
            index + 1,
            meta.title,
            { id: meta.id, version: meta.version, bookmark: bookmarkName(meta.id) },
            bodies.get(meta.id) ?? [],
          )
    const [heading, ...body] = blocks as [BlockContent, ...BlockContent[]]
    children.push(heading)
    if (drafter) {
      children.push(note('drafting', clause.draftingNote, meta.id, context))
      if (clause.riskNote) children.push(note('risk', clause.riskNote, meta.id, context))
    }
    children.push(...body)
  })
  return { type: 'root', children, data: info }
}
