import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { reportError } from '@betterforus/questionnaire'
import { VFile } from 'vfile'
import type { z } from 'zod'
import { normaliseText } from './normalise-text.js'
import { readYaml } from './read-yaml.js'

/**
 * One compile of a templates folder: where it is, and one file per file read, which carries
 * that file's messages. Each step of `compileCatalog` takes it and adds to `files`.
 */
export interface CompileState {
  directory: string
  files: VFile[]
}

/** Read a file of the folder, as normalised text, or give it a message when it cannot be read. */
export async function openFile(state: CompileState, relative: string): Promise<VFile> {
  const file = new VFile({ path: path.join(state.directory, relative) })
  state.files.push(file)
  try {
    file.value = normaliseText(await readFile(file.path, 'utf8'))
  } catch {
    reportError(file, `cannot read \`${relative}\`: add the file`, 'missing-file')
  }
  return file
}

/** Read and validate a YAML file of the folder; undefined after messages on its file. */
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
  try {
    return (await readdir(path.join(state.directory, folder)))
      .filter((name) => name.endsWith('.md'))
      .sort()
  } catch {
    const file = new VFile({ path: path.join(state.directory, folder) })
    state.files.push(file)
    reportError(
      file,
      `cannot read the folder \`${folder}/\`: add it, with one .md file per ${folder === 'clauses' ? 'clause' : 'document'}`,
      'missing-file',
    )
    return []
  }
}

/** The file already read at a path ending so (`glossary.yaml`, `pack.yaml`). */
export function fileEndingWith(state: CompileState, ending: string): VFile {
  return state.files.find((file) => file.path.endsWith(ending)) as VFile
}
