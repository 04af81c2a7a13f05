import { type RenderInput, renderTemplate, type Template } from '@betterforus/clauses'
import type { RootContent } from 'mdast'
import { parseRendered, type ResolveRef } from './parse-rendered.js'

/** Render a template and parse it into blocks, answers in as text nodes. */
export function renderBlocks(
  template: Template,
  input: RenderInput,
  resolveRef: ResolveRef,
): RootContent[] {
  return parseRendered(renderTemplate(template, input), resolveRef)
}
