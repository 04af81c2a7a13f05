/** The largest layer file the browser reads: the example layer's npm package is 11 KB. */
export const MAX_LAYER_FILE_BYTES = 2 * 1024 * 1024

/** The most files and folders a layer archive may hold. */
export const MAX_LAYER_ENTRIES = 200

/** The most its files may hold together, unpacked. */
export const MAX_LAYER_UNPACKED_BYTES = 4 * 1024 * 1024

/**
 * The most a `.tgz` may inflate to: the files plus each tar entry's 512-byte header and padding.
 * Note: counted while inflating, so a gzip that claims a small size cannot fill the memory.
 */
export const MAX_LAYER_TAR_BYTES = MAX_LAYER_UNPACKED_BYTES + 1024 * 1024

/**
 * A byte count for people: "3.1 MB (3,221,225 bytes)".
 *
 * @param bytes The count.
 * @returns The text.
 */
export function describeBytes(bytes: number): string {
  const exact = `${bytes.toLocaleString('en-GB')} bytes`
  if (bytes < 1024 * 1024) return exact
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB (${exact})`
}

/**
 * Refuse a layer file over the cap from its size alone, before reading it.
 *
 * @param fileName The file's name.
 * @param size Its size in bytes (`File.size`).
 * @returns The problem naming the file, the sizes and the fix, or `undefined`.
 */
export function layerFileSizeProblem(fileName: string, size: number): string | undefined {
  if (size <= MAX_LAYER_FILE_BYTES) return undefined
  return `${fileName}: it is ${describeBytes(size)}, over the limit of ${describeBytes(MAX_LAYER_FILE_BYTES)} for a council layer; keep only package.json, layer.yaml, defaults.yaml, clauses/ and house-style/ in it`
}
