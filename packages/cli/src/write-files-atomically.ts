import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Write every file or none: each goes to a temporary name first and is renamed into place only
 * once all are written, so a failure halfway leaves no partial pack (G9).
 *
 * @param directory The output folder, created if needed.
 * @param files File names (no folders) and their contents.
 */
export async function writeFilesAtomically(
  directory: string,
  files: ReadonlyArray<{ name: string; content: string | Uint8Array }>,
): Promise<void> {
  await mkdir(directory, { recursive: true })
  const temporary = files.map((file) => path.join(directory, `.${file.name}.${process.pid}.tmp`))
  try {
    await Promise.all(
      files.map((file, index) => writeFile(temporary[index] as string, file.content)),
    )
  } catch (error) {
    await Promise.allSettled(temporary.map((name) => rm(name, { force: true })))
    throw error
  }
  for (const [index, file] of files.entries()) {
    await rename(temporary[index] as string, path.join(directory, file.name))
  }
}
