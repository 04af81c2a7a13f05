/** One regular file of an archive, by its path inside the archive (checked by `entryPath`). */
export interface ArchiveFile {
  path: string
  bytes: Uint8Array
}

/** What reading an archive gives: its regular files, or every problem found, each with its fix. */
export type ArchiveRead = { files: ArchiveFile[] } | { problems: string[] }

/** A reader stops at the first cap passed: the rest of the archive is never looked at. */
export const tooManyEntries = (limit: number) =>
  `it holds more than ${limit} files and folders, the limit for a council layer; keep only package.json, layer.yaml, defaults.yaml, clauses/ and house-style/ in it`

export const tooLargeUnpacked = (limit: string) =>
  `it unpacks to more than ${limit}, the limit for a council layer; keep only package.json, layer.yaml, defaults.yaml, clauses/ and house-style/ in it`

export const damaged = (reason: string) =>
  `it is damaged (${reason}); make it again with npm pack, or zip the layer folder again`
