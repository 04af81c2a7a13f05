/** What reading one file of a layer gives: its bytes, or why there are none, in words for a message. */
export type LayerFileRead = { bytes: Uint8Array } | { problem: string }

/**
 * Where a council layer's files are read from: a folder on disk (the CLI) or the files of an
 * archive held in memory (the web app). Paths are relative to the layer's root and use `/`.
 */
export interface LayerFiles {
  /** How messages name the layer as a whole: the folder as the user named it, or the file's name. */
  where: string
  /** The path a message gives for one file of the layer, such as `layer-riverside/layer.yaml`. */
  pathOf(relative: string): string
  /** One file's bytes, never more than `maxBytes`; a problem when it is missing, too big or outside. */
  read(relative: string, maxBytes: number): Promise<LayerFileRead>
  /** The names of the files directly in a folder (`clauses`; `''` is the root), or none when there is no such folder. */
  list(folder: string): Promise<string[]>
}

/**
 * Why a path a layer names cannot be read, or undefined when it is a plain path inside the layer:
 * no absolute path, no `..`, no backslash, no empty part.
 */
export function layerPathProblem(relative: string): string | undefined {
  const parts = relative.split('/')
  if (
    relative.startsWith('/') ||
    /^[A-Za-z]:/.test(relative) ||
    relative.includes('\\') ||
    parts.includes('..')
  )
    return `\`${relative}\` leaves the layer folder; give a path inside it, such as \`house-style/logo.png\``
  if (parts.some((part) => part === '' || part === '.'))
    return `\`${relative}\` is not a plain path; write it as \`folder/file\`, such as \`house-style/logo.png\``
  return undefined
}

/**
 * The files of a layer held in memory (an archive the user chose), keyed by relative path.
 *
 * @param where The name messages give the layer, such as the archive's file name.
 */
export function memoryLayerFiles(
  where: string,
  files: ReadonlyMap<string, Uint8Array>,
): LayerFiles {
  return {
    where,
    pathOf: (relative) => `${where}/${relative}`,
    read: async (relative, maxBytes) => {
      const problem = layerPathProblem(relative)
      if (problem) return { problem }
      const bytes = files.get(relative)
      if (bytes === undefined)
        return {
          problem: `\`${relative}\` does not exist in the layer; add it, or correct the path`,
        }
      if (bytes.length > maxBytes)
        return {
          problem: `\`${relative}\` is ${bytes.length} bytes, over the limit of ${maxBytes}; make it smaller`,
        }
      return { bytes }
    },
    list: async (folder) => {
      const prefix = folder === '' ? '' : `${folder}/`
      return [...files.keys()]
        .filter((key) => key.startsWith(prefix) && !key.slice(prefix.length).includes('/'))
        .map((key) => key.slice(prefix.length))
    },
  }
}
