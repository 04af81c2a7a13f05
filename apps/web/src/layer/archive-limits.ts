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
