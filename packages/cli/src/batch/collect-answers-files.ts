import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'

/** The names an answers file in a folder may have. */
const answersFileName = /\.(?:ya?ml|json)$/i
/**
 * Files we write ourselves, never answers: a pack's `manifest.json` and a redline's
 * `summary.json`, found in a folder when an output went beside the answers (C9).
 */
const ourOutputNames = new Set(['manifest.json', 'summary.json'])

/**
 * The answers files of a batch, in order: each argument that is a folder gives its `*.yaml`,
 * `*.yml` and `*.json` files (not its subfolders, nor the `manifest.json` and `summary.json` we
 * write), sorted by name; any other argument is taken
 * as a file; then each line of the `--list` file (blank lines and `#` comments skipped, relative
 * paths from the list's folder). Only the paths are collected here, never the files' contents.
 *
 * @returns The paths, or a problem naming the argument and the fix.
 */
export async function collectAnswersFiles(
  inputs: readonly string[],
  list: string | undefined,
): Promise<{ files: string[] } | { problem: string }> {
  const files: string[] = []
  for (const input of inputs) {
    if ((await stat(input).catch(() => undefined))?.isDirectory() !== true) {
      files.push(input)
      continue
    }
    const entries = await readdir(input, { withFileTypes: true })
    const names = entries
      .filter(
        (entry) =>
          !entry.isDirectory() &&
          answersFileName.test(entry.name) &&
          !ourOutputNames.has(entry.name.toLowerCase()),
      )
      .map((entry) => entry.name)
      .sort()
    if (names.length === 0) {
      return {
        problem: `${input}: no answers files in this folder (it looks for *.yaml, *.yml and *.json, not in subfolders, and skips manifest.json and summary.json, which betterforus writes); name the files or a folder that holds them`,
      }
    }
    files.push(...names.map((name) => path.join(input, name)))
  }
  if (list !== undefined) {
    const listed = await readList(list)
    if ('problem' in listed) return listed
    files.push(...listed.files)
  }
  return { files }
}

async function readList(list: string): Promise<{ files: string[] } | { problem: string }> {
  let text: string
  try {
    text = await readFile(list, 'utf8')
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    return { problem: `--list: cannot read ${list}: ${code ?? message}` }
  }
  const folder = path.dirname(list)
  const files = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => (path.isAbsolute(line) ? line : path.join(folder, line)))
  if (files.length === 0) {
    return {
      problem: `--list: ${list} names no answers files; write one path per line, relative to the list's folder`,
    }
  }
  return { files }
}
