import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'

/** Every XML part of a DOCX as text, by name. */
export function readDocxParts(file: string): Record<string, string> {
  const entries = unzipSync(new Uint8Array(readFileSync(file)))
  return Object.fromEntries(
    Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]),
  )
}
