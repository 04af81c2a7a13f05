import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { templatesFolder } from './paths.js'

export const CHANGED_CLAUSE = 'pay-rlw-require'
export const INSERTED_WORD = 'promptly'
export const DELETED_WORD = 'Contract'

/** The changed clause's version as this release has it, read from `templates/`. */
export const CHANGED_FROM_VERSION =
  /^version: (.+)$/m.exec(
    readFileSync(path.join(templatesFolder, 'clauses', `${CHANGED_CLAUSE}.md`), 'utf8'),
  )?.[1] ?? ''

/**
 * Two releases of the library in `folder`: `old/` is `templates/` as it is; `new/` changes one
 * clause (`pay-rlw-require`): a word inserted, a word deleted, and a major version bump. See
 * `test/fixtures/releases/README.md`.
 */
export function makeReleases(folder: string): { old: string; next: string } {
  const old = path.join(folder, 'old')
  const next = path.join(folder, 'new')
  cpSync(templatesFolder, old, { recursive: true })
  cpSync(templatesFolder, next, { recursive: true })
  const file = path.join(next, 'clauses', `${CHANGED_CLAUSE}.md`)
  const text = readFileSync(file, 'utf8')
  const edited = text
    .replace(
      'The Supplier must pay every member of the Contract Staff aged',
      `The Supplier must ${INSERTED_WORD} pay every member of the Staff aged`,
    )
    .replace(/^version: .+$/m, 'version: 2.0.0')
    .replace(
      /^(changelog:\n.*\n)/m,
      '$1  - { version: 2.0.0, date: 2026-12-01, summary: Pay promptly., reason: fixture }\n',
    )
  if (edited === text || !edited.includes('version: 2.0.0') || !edited.includes('Pay promptly'))
    throw new Error(`the fixture edit no longer applies to ${file}`)
  writeFileSync(file, edited)
  return { old, next }
}

/** Change a clause's body in a release without changing its version. */
export function editWithoutBump(release: string, clause: string, from: string, to: string): void {
  const file = path.join(release, 'clauses', `${clause}.md`)
  const text = readFileSync(file, 'utf8')
  if (!text.includes(from)) throw new Error(`${from} is not in ${file}`)
  writeFileSync(file, text.replace(from, to))
}

/**
 * Install a release as npm installs one side by side (`node_modules/clauses-<version>`), with
 * `templates` as its content and a `dist/index.js` that, if anything ran it, would write
 * `ran.txt` beside the package: a release is data, so it must never be written.
 *
 * @returns The package folder and the file that would prove its code ran.
 */
export function plantRelease(
  projectFolder: string,
  version: string,
  templates: string | undefined,
): { folder: string; ran: string } {
  const folder = path.join(projectFolder, 'node_modules', `clauses-${version}`)
  const ran = path.join(projectFolder, 'ran.txt')
  mkdirSync(path.join(folder, 'dist'), { recursive: true })
  writeFileSync(
    path.join(folder, 'package.json'),
    `${JSON.stringify({ name: '@betterforus/clauses', version, type: 'module' })}\n`,
  )
  const code = `import { writeFileSync } from 'node:fs'\nwriteFileSync(${JSON.stringify(ran)}, 'ran')\nexport const catalog = {}\n`
  writeFileSync(path.join(folder, 'dist/index.js'), code)
  writeFileSync(path.join(folder, 'dist/catalog.generated.js'), code)
  if (templates) cpSync(templates, path.join(folder, 'templates'), { recursive: true })
  return { folder, ran }
}
