import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { readOutputFolder } from './read-output-folder.js'

/**
 * Write every file or none: each goes to a temporary name first and is renamed into place only
 * once all are written, so a failure halfway leaves no partial pack (G9). The folder must be new,
 * empty or an earlier output of ours (C10); that output's files are replaced, and those the new
 * one lacks are removed, so no file of an earlier pack stays beside the new one.
 *
 * Note: temporary names carry 64 random bits and are created exclusively (`wx`), so a link
 * planted at a guessed name fails the write instead of redirecting it; `rename` replaces a link
 * at the final name rather than following it (C3).
 *
 * @param directory The output folder, created if needed.
 * @param files File names (no folders, each once) and their contents.
 * @throws {TypeError} On a file name that is not a plain name, or one given twice (C4).
 * @throws {UserError} When the folder is not ours to write to.
 */
export async function writeFilesAtomically(
  directory: string,
  files: ReadonlyArray<{ name: string; content: string | Uint8Array }>,
): Promise<void> {
  checkFileNames(files.map((file) => file.name))
  const earlier = await readOutputFolder(directory)
  await mkdir(directory, { recursive: true })
  // Note: checked again once it exists, so a link planted in between is not written through.
  if (earlier.length === 0) await readOutputFolder(directory)
  const suffix = randomBytes(8).toString('hex')
  const temporary = files.map((file) => path.join(directory, `.${file.name}.${suffix}.tmp`))
  const created: string[] = []
  try {
    await Promise.all(
      files.map(async (file, index) => {
        const name = temporary[index] as string
        const handle = await open(name, 'wx')
        created.push(name)
        try {
          await handle.writeFile(file.content)
        } finally {
          await handle.close()
        }
      }),
    )
  } catch (error) {
    // Note: only what this call created; a file planted at a temporary name is left alone.
    await Promise.allSettled(created.map((name) => rm(name, { force: true })))
    throw error
  }
  for (const [index, file] of files.entries()) {
    await rename(temporary[index] as string, path.join(directory, file.name))
  }
  const written = new Set(files.map((file) => file.name))
  await Promise.all(
    earlier
      .filter((name) => !written.has(name))
      .map((name) => rm(path.join(directory, name), { force: true })),
  )
}

/** Every name a plain file name, used once; anything else is a bug of the caller. */
function checkFileNames(names: readonly string[]): void {
  const seen = new Set<string>()
  for (const name of names) {
    if (name === '' || name === '.' || name === '..' || /[/\\\0]/.test(name)) {
      throw new TypeError(`cannot write a file named \`${name}\`: expected a plain file name`)
    }
    if (seen.has(name)) {
      throw new TypeError(`cannot write \`${name}\` twice into one folder; nothing was written`)
    }
    seen.add(name)
  }
}
