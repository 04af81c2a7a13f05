import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { TemplateFiles } from './template-files.js'

/**
 * A templates folder on disk, read as template files (Node only).
 *
 * @param directory The `templates/` folder.
 */
export function folderTemplateFiles(directory: string): TemplateFiles {
  const pathOf = (relative: string) => path.join(directory, relative)
  return {
    where: directory,
    pathOf,
    read: (relative) => readFile(pathOf(relative), 'utf8').catch(() => undefined),
    list: (folder) => readdir(pathOf(folder)).catch(() => undefined),
  }
}
