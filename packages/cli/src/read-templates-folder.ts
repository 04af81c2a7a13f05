import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { UserError } from './user-error.js'

/** The name and version a templates folder (a council's fork) gives its library. */
export interface TemplatesLibrary {
  name: string
  version: string
}

/**
 * Check that a templates folder exists and read the library's name and version from its
 * optional `package.json`, before anything is compiled (C8).
 *
 * @param directory The folder, as the user named it.
 * @param label What named it, for the message: `lint` or `--templates`.
 * @param fallbackName The library's name when there is no `package.json` or it has none.
 * @throws {UserError} Naming the folder or file, the problem and the fix (exit 1).
 */
export async function readTemplatesFolder(
  directory: string,
  label: string,
  fallbackName: string,
): Promise<{ root: string; library: TemplatesLibrary }> {
  const root = path.resolve(directory)
  const stats = await stat(root).catch(() => undefined)
  if (!stats?.isDirectory()) {
    throw new UserError(
      `${label}: ${directory} ${stats ? 'is a file, not a folder' : 'does not exist'}; name a templates folder (with pack.yaml, questionnaire.yaml, clauses/ and documents/), such as \`templates\``,
    )
  }
  const entries = await readdir(root)
  const missing = ['pack.yaml', 'questionnaire.yaml', 'clauses', 'documents'].filter(
    (name) => !entries.includes(name),
  )
  if (missing.length > 0) {
    throw new UserError(
      `${label}: ${directory} is not a templates folder: it has no ${missing.join(', ')}; name a templates folder, such as \`templates\``,
    )
  }
  const manifest = path.join(directory, 'package.json')
  const text = await readFile(path.join(root, 'package.json'), 'utf8').catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw new UserError(`${label}: cannot read ${manifest}: ${error.code ?? error.message}`)
    },
  )
  let own: unknown = {}
  try {
    own = text === undefined ? {} : JSON.parse(text)
  } catch (error) {
    throw new UserError(
      `${label}: ${manifest} is not valid JSON (${(error as Error).message}); fix it, or remove it to use the name ${fallbackName}`,
    )
  }
  // Note: only own string fields count, so `{"name": {}}` or an inherited name cannot leak in.
  const field = (key: 'name' | 'version') => {
    const value =
      own && typeof own === 'object' && Object.hasOwn(own, key)
        ? (own as Record<string, unknown>)[key]
        : undefined
    return typeof value === 'string' && value !== '' ? value : undefined
  }
  return {
    root,
    library: { name: field('name') ?? fallbackName, version: field('version') ?? '0.0.0' },
  }
}
