import type { Catalog } from '@betterforus/clauses'
import {
  type CatalogSource,
  compileTemplates,
  overlayTemplateFiles,
  type TemplateFiles,
} from '@betterforus/clauses/compile'
import { nodePlace, reportError } from '@betterforus/questionnaire'
import type { VFile } from 'vfile'
import { parseDocument } from 'yaml'
import type { Layer } from './read-layer.js'

/** A library with a council layer laid over it, compiled; `catalog` is undefined on any error. */
export interface LayeredResult {
  catalog: CatalogSource | undefined
  files: VFile[]
}

const replacedId = (replaces: string) => replaces.slice(0, replaces.indexOf('@'))

/** Each replaced library clause's id, and the local clause that stands in for it. */
const replacementsOf = (layer: Layer) =>
  new Map(layer.config.replacements.map((entry) => [replacedId(entry.replaces), entry.clause]))

/** Report a problem of `layer.yaml` at the field it is about. */
function reportLayer(layer: Layer, reason: string, at: readonly PropertyKey[]) {
  reportError(layer.file, reason, 'layer-reference', nodePlace(layer.parsed, at)?.start)
}

/**
 * Check what `layer.yaml` names against the library: each replaced clause exists, each local
 * clause is new (a library id is only ever replaced), and each addition names a document and a
 * clause that exist. Range checks are apart (`checkReplacements`): `diff` reports them instead.
 */
function checkNames(layer: Layer, base: Catalog): boolean {
  const library = new Set(base.clauses.map((clause) => clause.meta.id))
  const local = new Set(layer.clauses.map((clause) => clause.id))
  const documents = new Set(base.documents.map((document) => document.meta.id))
  const before = layer.file.messages.length
  for (const id of local) {
    if (library.has(id))
      reportError(
        layer.file,
        `the local clause \`clauses/${id}.md\` has the id of a library clause; give it an id of the council's own, such as \`riverside-${id}\`, and list it under \`replacements\` to stand in for \`${id}\``,
        'layer-reference',
      )
  }
  const placed = new Set<string>()
  layer.config.replacements.forEach((entry, index) => {
    const id = replacedId(entry.replaces)
    if (!library.has(id))
      reportLayer(
        layer,
        `\`replacements.${index}.replaces\`: \`${id}\` is no clause of ${base.library.name}@${base.library.version}; name a library clause, such as \`pay-rlw-require@^1\``,
        ['replacements', index, 'replaces'],
      )
    if (!local.has(entry.clause))
      reportLayer(
        layer,
        `\`replacements.${index}.clause\`: there is no \`clauses/${entry.clause}.md\` in the layer; add it`,
        ['replacements', index, 'clause'],
      )
    placed.add(entry.clause)
  })
  layer.config.additions.forEach((entry, index) => {
    if (!local.has(entry.clause))
      reportLayer(
        layer,
        `\`additions.${index}.clause\`: there is no \`clauses/${entry.clause}.md\` in the layer; add it`,
        ['additions', index, 'clause'],
      )
    if (!documents.has(entry.document))
      reportLayer(
        layer,
        `\`additions.${index}.document\`: \`${entry.document}\` is no document of the library; name one of ${[...documents].join(', ')}`,
        ['additions', index, 'document'],
      )
    if (entry.after !== undefined && !library.has(entry.after) && !local.has(entry.after))
      reportLayer(
        layer,
        `\`additions.${index}.after\`: \`${entry.after}\` is no clause of the library or the layer`,
        ['additions', index, 'after'],
      )
    placed.add(entry.clause)
  })
  for (const id of local) {
    if (!placed.has(id) && !library.has(id))
      reportError(
        layer.file,
        `the local clause \`${id}\` is in no document: list it under \`additions\` or \`replacements\``,
        'layer-reference',
      )
  }
  return layer.file.messages.length === before
}

/** A document's clause list with the layer's replacements and additions applied. */
function layeredClauses(documentId: string, clauses: readonly string[], layer: Layer): string[] {
  const replaced = replacementsOf(layer)
  const list = clauses.map((id) => replaced.get(id) ?? id)
  for (const entry of layer.config.additions) {
    if (entry.document !== documentId) continue
    const after =
      entry.after === undefined ? -1 : list.indexOf(replaced.get(entry.after) ?? entry.after)
    if (after === -1) list.push(entry.clause)
    else list.splice(after + 1, 0, entry.clause)
  }
  return list
}

/** `text` with each `{{ref "<replaced>"}}` naming the clause that replaces it. */
const pointRefs = (text: string, replaced: ReadonlyMap<string, string>) =>
  text.replace(/(\{\{~?\s*ref\s+")([a-z0-9-]+)(")/g, (whole, open, id, close) =>
    replaced.has(id) ? `${open}${replaced.get(id)}${close}` : whole,
  )

/**
 * The files the layer changes, by path inside the library: each replaced clause removed, each
 * local clause added, each library clause's `{{ref}}` to a replaced clause pointed at the
 * replacement, and each document's clause list changed as the layer says.
 *
 * @returns The changes, and the ids of the library clauses whose references were pointed.
 */
async function layerChanges(templates: TemplateFiles, base: Catalog, layer: Layer) {
  const replaced = replacementsOf(layer)
  const changes = new Map<string, string | null>()
  for (const id of replaced.keys()) changes.set(`clauses/${id}.md`, null)
  for (const clause of layer.clauses) changes.set(`clauses/${clause.id}.md`, clause.text)
  const pointed = new Set<string>()
  for (const clause of base.clauses) {
    if (!clause.uses.refs.some((id) => replaced.has(id)) || replaced.has(clause.meta.id)) continue
    const relative = `clauses/${clause.meta.id}.md`
    const text = await templates.read(relative)
    if (text === undefined) continue
    changes.set(relative, pointRefs(text, replaced))
    pointed.add(clause.meta.id)
  }
  for (const document of base.documents) {
    const relative = `documents/${document.meta.id}.md`
    const clauses = layeredClauses(document.meta.id, document.meta.clauses, layer)
    const refers = document.uses.refs.some((id) => replaced.has(id))
    if (clauses.join() === document.meta.clauses.join() && !refers) continue
    const text = (await templates.read(relative))?.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
    if (text === undefined) continue
    const close = text.indexOf('\n---', 3)
    const front = parseDocument(text.slice(4, close + 1))
    front.set('clauses', clauses)
    changes.set(relative, `---\n${front.toString()}${pointRefs(text.slice(close + 1), replaced)}`)
  }
  return { changes, pointed }
}

/**
 * Compile a library with a council layer laid over it, by the library's own compiler rules: the
 * library's template files are read through an overlay of the layer's changes (no copy is made)
 * and compiled as a fork is. Messages name the layer's own files for its clauses.
 *
 * Note: composing over `compileTemplates` this way keeps every check of a fork (references,
 * terms, conditions, helpers, citations) without a second copy of the compiler.
 *
 * @param templates The library's template files.
 * @param library The name and version the library is published as.
 * @param base The library compiled alone (for its clause and document ids).
 */
export async function compileLayered(
  templates: TemplateFiles,
  library: { name: string; version: string },
  base: Catalog,
  layer: Layer,
  options: { published?: boolean } = {},
): Promise<LayeredResult> {
  if (!checkNames(layer, base)) return { catalog: undefined, files: [layer.file] }
  const { changes, pointed } = await layerChanges(templates, base, layer)
  const local = new Map(layer.clauses.map((clause) => [`clauses/${clause.id}.md`, clause.path]))
  const overlay = overlayTemplateFiles(
    templates,
    changes,
    (relative) => local.get(relative) ?? templates.pathOf(relative),
  )
  const result = await compileTemplates(overlay, library, options)
  // Note: a library clause whose references were pointed at a replacement is still the file the
  // library published; it keeps that file's hash, which `verify` checks.
  const hashes = new Map(base.clauses.map((clause) => [clause.meta.id, clause.sha256]))
  for (const clause of result.catalog?.clauses ?? [])
    if (pointed.has(clause.meta.id)) clause.sha256 = hashes.get(clause.meta.id) ?? clause.sha256
  return result
}
