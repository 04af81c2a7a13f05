import path from 'node:path'
import { showName } from '../show-name.js'

/**
 * The pack folder of each answers file in a batch: its name without the extension
 * (`answers/camden.yaml` → `camden`). Two files that would share a folder, or a name that is no
 * folder of its own (`.`, `..`, empty), are an error, found before anything is written. Names are compared ignoring case, since the folders may be copied
 * to a file system that ignores it (Windows, macOS).
 *
 * @returns One folder name per file, in order, or a problem naming every clash.
 */
export function packFolderNames(
  files: readonly string[],
): { names: string[] } | { problem: string } {
  const names = files.map((file) => path.basename(file, path.extname(file)))
  // Note: `..yaml` names the folder `.`, `...yaml` or a listed `a/..` names `..`: --out itself or
  // its parent. Refused before anything is written, so no pack lands outside its own folder (C2).
  const unsafe = files.filter((_, index) => ['', '.', '..'].includes(names[index] as string))
  if (unsafe.length > 0) {
    return {
      problem: `${unsafe.length} answers file name(s) give no pack folder of their own; nothing was written. Rename them so the name without its extension is a plain name, such as camden.yaml:\n${unsafe.map((file) => `  ${showName(file)} would write into \`${path.basename(file, path.extname(file)) || '(nothing)'}\``).join('\n')}`,
    }
  }
  const byKey = new Map<string, string[]>()
  for (const [index, name] of names.entries()) {
    const key = name.toLowerCase()
    byKey.set(key, [...(byKey.get(key) ?? []), files[index] as string])
  }
  const clashes = [...byKey.values()].filter((group) => group.length > 1)
  if (clashes.length === 0) return { names }
  const lines = clashes.map(
    (group) =>
      `  ${group.map(showName).join(', ')} would all write the pack folder \`${showName(path.basename(group[0] as string, path.extname(group[0] as string)))}\``,
  )
  return {
    problem: `${clashes.length} pack folder name clash(es); nothing was written. Rename the answers files so each name (without extension, ignoring case) is used once:\n${lines.join('\n')}`,
  }
}
