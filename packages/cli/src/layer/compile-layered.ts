import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Catalog } from '@betterforus/clauses'
import { type CatalogSource, compileCatalog } from '@betterforus/clauses/compiler'
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
  const replaced = new Map(
    layer.config.replacements.map((entry) => [replacedId(entry.replaces), entry.clause]),
  )
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
 * Point each library clause's `{{ref "<replaced>"}}` at the clause that replaces it, in the
 * temporary copy, so a cross-reference follows the council's wording.
 *
 * @returns The ids of the library clauses changed.
 */
async function pointReferences(folder: string, base: Catalog, layer: Layer): Promise<Set<string>> {
  const replaced = new Map(
    layer.config.replacements.map((entry) => [replacedId(entry.replaces), entry.clause]),
  )
  const rewritten = new Set<string>()
  for (const clause of base.clauses) {
    if (!clause.uses.refs.some((id) => replaced.has(id)) || replaced.has(clause.meta.id)) continue
    const file = path.join(folder, 'clauses', `${clause.meta.id}.md`)
    const text = await readFile(file, 'utf8')
    await writeFile(file, pointRefs(text, replaced))
    rewritten.add(clause.meta.id)
  }
  return rewritten
}

/**
 * Compile a library with a council layer laid over it, by the library's own compiler rules:
 * the library's templates are copied to a private temporary folder, each replaced clause's file
 * removed, the layer's clauses added and each document's clause list changed as the layer says;
 * that folder is compiled as a fork is, and removed. Messages name the layer's own files.
 *
 * Note: composing over `compileCatalog` this way keeps every check of a fork (references,
 * terms, conditions, helpers, citations) without a second copy of the compiler.
 *
 * @param templates The library's templates folder.
 * @param library The name and version the library is published as.
 * @param base The library compiled alone (for its clause and document ids).
 */
export async function compileLayered(
  templates: string,
  library: { name: string; version: string },
  base: Catalog,
  layer: Layer,
  options: { published?: boolean } = {},
): Promise<LayeredResult> {
  if (!checkNames(layer, base)) return { catalog: undefined, files: [layer.file] }
  const temporary = await mkdtemp(path.join(tmpdir(), 'betterforus-layer-'))
  const folder = path.join(temporary, 'templates')
  try {
    // Note: the library's example answers are not part of what compiles; they are left behind.
    await cp(templates, folder, {
      recursive: true,
      filter: (source) => path.relative(templates, source) !== 'examples',
    })
    for (const entry of layer.config.replacements)
      await unlink(path.join(folder, 'clauses', `${replacedId(entry.replaces)}.md`))
    for (const clause of layer.clauses)
      await writeFile(path.join(folder, 'clauses', `${clause.id}.md`), clause.text, { flag: 'wx' })
    const rewritten = await pointReferences(folder, base, layer)
    const replacements = new Map(
      layer.config.replacements.map((entry) => [replacedId(entry.replaces), entry.clause]),
    )
    for (const document of base.documents) {
      const file = path.join(folder, 'documents', `${document.meta.id}.md`)
      const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
      const close = text.indexOf('\n---', 3)
      const front = parseDocument(text.slice(4, close + 1))
      const clauses = layeredClauses(document.meta.id, document.meta.clauses, layer)
      const refers = document.uses.refs.some((id) => replacements.has(id))
      if (clauses.join() === document.meta.clauses.join() && !refers) continue
      front.set('clauses', clauses)
      await writeFile(
        file,
        `---\n${front.toString()}${pointRefs(text.slice(close + 1), replacements)}`,
      )
    }
    const result = await compileCatalog(folder, library, options)
    // Note: a library clause whose references were pointed at a replacement is still the file
    // the library published; it keeps that file's hash, which `verify` checks.
    const hashes = new Map(base.clauses.map((clause) => [clause.meta.id, clause.sha256]))
    for (const clause of result.catalog?.clauses ?? [])
      if (rewritten.has(clause.meta.id)) clause.sha256 = hashes.get(clause.meta.id) ?? clause.sha256
    // Note: name the files the user has, not the temporary copies.
    const local = new Map(
      layer.clauses.map((clause) => [path.join(folder, 'clauses', `${clause.id}.md`), clause.path]),
    )
    for (const file of result.files) {
      file.path = local.get(file.path) ?? path.join(templates, path.relative(folder, file.path))
    }
    return result
  } finally {
    await rm(temporary, { recursive: true, force: true })
  }
}
