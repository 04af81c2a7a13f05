/**
 * Where a compile reads a library's template files from: a folder on disk (the CLI, the build)
 * or text in memory (the web app, a council layer laid over the library). Paths are relative to
 * the library's `templates/` root and always use `/`.
 */
export interface TemplateFiles {
  /** How messages name the library as a whole: its folder, or a name such as `templates`. */
  where: string
  /** The path a message gives for one file, such as `templates/clauses/pay-rlw-require.md`. */
  pathOf(relative: string): string
  /** A file's text, or undefined when there is no such file. */
  read(relative: string): Promise<string | undefined>
  /** The names of the files directly in a folder, or undefined when there is no such folder. */
  list(folder: string): Promise<string[] | undefined>
}

/**
 * Template files held in memory, keyed by relative path (`clauses/x.md`).
 *
 * @param where How messages name the library (paths are `<where>/<relative>`).
 * @param files The files' text.
 */
export function memoryTemplateFiles(
  where: string,
  files: ReadonlyMap<string, string>,
): TemplateFiles {
  return {
    where,
    pathOf: (relative) => `${where}/${relative}`,
    read: async (relative) => files.get(relative),
    list: async (folder) => {
      const prefix = `${folder}/`
      const names = [...files.keys()]
        .filter((key) => key.startsWith(prefix) && !key.slice(prefix.length).includes('/'))
        .map((key) => key.slice(prefix.length))
      return names.length > 0 ? names : undefined
    },
  }
}

/**
 * Template files with some changed: each path in `changes` reads as the text given, or as no file
 * when given `null`; every other path reads as in `base`.
 */
export function overlayTemplateFiles(
  base: TemplateFiles,
  changes: ReadonlyMap<string, string | null>,
  pathOf: (relative: string) => string = base.pathOf,
): TemplateFiles {
  return {
    where: base.where,
    pathOf,
    read: async (relative) => {
      const changed = changes.get(relative)
      return changed === null ? undefined : (changed ?? (await base.read(relative)))
    },
    list: async (folder) => {
      const prefix = `${folder}/`
      const names = new Set((await base.list(folder)) ?? [])
      for (const [key, text] of changes) {
        if (!key.startsWith(prefix) || key.slice(prefix.length).includes('/')) continue
        if (text === null) names.delete(key.slice(prefix.length))
        else names.add(key.slice(prefix.length))
      }
      return names.size > 0 ? [...names] : undefined
    },
  }
}
