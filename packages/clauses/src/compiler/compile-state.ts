import { reportError } from '@betterforus/questionnaire'
import { VFile } from 'vfile'
import type { z } from 'zod'
import { normaliseText } from './normalise-text.js'
import { readYaml } from './read-yaml.js'
import type { TemplateFiles } from './template-files.js'

/**
 * One compile of a library's templates: where they are read from, and one file per file read,
 * which carries that file's messages. Each step of `compileTemplates` takes it and adds to `files`.
 */
export interface CompileState {
  source: TemplateFiles
  files: VFile[]
}

/** Read a file of the library, as normalised text, or give it a message when it cannot be read. */
export async function openFile(state: CompileState, relative: string): Promise<VFile> {
  const file = new VFile({ path: state.source.pathOf(relative) })
  state.files.push(file)
  const text = await state.source.read(relative)
  if (text === undefined)
    reportError(file, `cannot read \`${relative}\`: add the file`, 'missing-file')
  else file.value = normaliseText(text)
  return file
}

/** Read and validate a YAML file of the library; undefined after messages on its file. */
export async function readYamlFile<T extends z.ZodType>(
  state: CompileState,
  relative: string,
  schema: T,
): Promise<z.output<T> | undefined> {
  const file = await openFile(state, relative)
  return file.messages.length > 0 ? undefined : readYaml(String(file.value), schema, file)
}

/** The Markdown files of a folder, sorted, or none after a message when it cannot be read. */
export async function listMarkdown(state: CompileState, folder: string): Promise<string[]> {
  const names = await state.source.list(folder)
  if (names) return names.filter((name) => name.endsWith('.md')).sort()
  const file = new VFile({ path: state.source.pathOf(folder) })
  state.files.push(file)
  reportError(
    file,
    `cannot read the folder \`${folder}/\`: add it, with one .md file per ${folder === 'clauses' ? 'clause' : 'document'}`,
    'missing-file',
  )
  return []
}

/** The file already read at a path ending so (`glossary.yaml`, `pack.yaml`). */
export function fileEndingWith(state: CompileState, ending: string): VFile {
  return state.files.find((file) => file.path.endsWith(ending)) as VFile
}
