import { reportError } from '@betterforus/questionnaire'
import Handlebars from 'handlebars'
import type { VFile } from 'vfile'
import type { TemplateUses } from '../catalog-types.js'
import type { TemplateSource } from './catalog-source.js'
import { checkTemplate, type TemplateScope } from './check-template.js'
import { compileOptions } from './compile-options.js'
import type { CompileState } from './compile-state.js'

/** A compile once the questionnaire and data are read: what templates may name. */
export interface TemplateState extends CompileState {
  scope: TemplateScope
}

/** Nothing used yet. */
export const emptyUses = (): TemplateUses => ({
  answers: [],
  refs: [],
  terms: [],
  cites: [],
  tests: [],
})

/**
 * Check and precompile one template, adding what it uses to `uses`.
 *
 * @returns The template, or undefined after messages on `file`.
 */
export function precompileTemplate(
  state: TemplateState,
  source: string,
  file: VFile,
  where: Parameters<typeof checkTemplate>[3],
  uses: TemplateUses = emptyUses(),
): TemplateSource | undefined {
  const before = file.messages.length
  const found = checkTemplate(source, file, state.scope, where)
  if (!found || file.messages.length > before) return undefined
  for (const key of Object.keys(uses) as Array<keyof TemplateUses>)
    (uses[key] as unknown[]).push(...found[key])
  try {
    return { source, spec: String(Handlebars.precompile(source, compileOptions)) }
  } catch (error) {
    reportError(file, `cannot compile template: ${(error as Error).message}`, 'template-compile')
    return undefined
  }
}
