import { lstat, readdir } from 'node:fs/promises'
import { showName } from './show-name.js'
import { UserError } from './user-error.js'

/** The names of files we write: packs, redlines, summaries and migrated answers. */
const ourOutput =
  /^(?:manifest\.json|summary\.json|summary\.md|answers\.migrated\.yaml|[A-Za-z0-9][\w.-]*\.(?:md|docx))$/
/** A temporary file of ours left by a killed run: `.<name>.<16 hex digits>.tmp`. */
export const ourTemporary = /^\..+\.[0-9a-f]{16}\.tmp$/
/** A folder of ours holds one of these. */
const markers = ['manifest.json', 'summary.json']

/**
 * Check the folder output is about to go to, before anything is written (C10): it may be new,
 * empty, or hold an earlier output of ours (which the new one replaces whole). A folder holding
 * anything else, a file, or a symbolic link is refused, so nothing of the user's is overwritten
 * or deleted and no link leads the write elsewhere.
 *
 * @param directory The output folder, as the user named it.
 * @returns The names of the files of the earlier output, to remove once the new one is in place.
 * @throws {UserError} Naming the folder, what is in the way and the fix (exit 2).
 */
export async function readOutputFolder(directory: string): Promise<string[]> {
  const stats = await lstat(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw error
  })
  if (!stats) return []
  if (stats.isSymbolicLink()) {
    throw new UserError(
      `${directory} is a symbolic link; name the folder it points to, or a new folder, for the output`,
      2,
    )
  }
  if (!stats.isDirectory()) {
    throw new UserError(
      `${directory} is a file, not a folder; name a new or empty folder for the output`,
      2,
    )
  }
  const entries = await readdir(directory, { withFileTypes: true })
  const foreign = entries.filter(
    (entry) => !entry.isFile() || !(ourOutput.test(entry.name) || ourTemporary.test(entry.name)),
  )
  const names = entries.map((entry) => entry.name)
  // Note: temporary files alone (a run killed before its renames) need no marker to be ours.
  const kept = names.filter((name) => !ourTemporary.test(name))
  if (foreign.length > 0 || (kept.length > 0 && !markers.some((name) => kept.includes(name)))) {
    const listed = foreign.length > 0 ? foreign.map((entry) => entry.name) : kept
    const shown = `${listed.slice(0, 3).map(showName).join(', ')}${listed.length > 3 ? ', …' : ''}`
    throw new UserError(
      `${directory} already holds files that are not an earlier output of betterforus (${shown}); name a new or empty folder, or move those files out`,
      2,
    )
  }
  return names
}
