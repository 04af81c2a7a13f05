import { reportError } from '@betterforus/questionnaire'
import { documentFrontMatterSchema } from '../schemas/document-front-matter.js'
import type { CatalogSource } from './catalog-source.js'
import { listMarkdown, openFile } from './compile-state.js'
import { emptyUses, precompileTemplate, type TemplateState } from './precompile-template.js'
import { readYaml } from './read-yaml.js'
import { splitFrontMatter } from './split-front-matter.js'

/** Read, check and precompile every document file: front matter, id and opening text. */
export async function compileDocuments(state: TemplateState): Promise<CatalogSource['documents']> {
  const documents: CatalogSource['documents'] = []
  for (const name of await listMarkdown(state, 'documents')) {
    const file = await openFile(state, `documents/${name}`)
    const split = splitFrontMatter(String(file.value ?? ''), file)
    if (!split) continue
    const meta = readYaml(split.yaml, documentFrontMatterSchema, file, { lineOffset: 1 })
    if (!meta) continue
    if (`${meta.id}.md` !== name)
      reportError(file, `id \`${meta.id}\` must match the file name \`${name}\``, 'id-file-name')
    const uses = emptyUses()
    const where = { lineOffset: split.bodyLineOffset }
    const intro = precompileTemplate(state, split.body, file, where, uses)
    if (intro) documents.push({ meta, intro, uses })
  }
  return documents
}
