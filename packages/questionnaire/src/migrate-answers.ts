/**
 * Migrate an answers file written for an older questionnaire to this one, through the
 * questionnaire's declarative `migrations`: whole or not at all. The text is changed as YAML (or
 * JSON), so comments stay and `parseAnswers` still checks every value as written.
 */
import { type Document, isCollection, parseDocument } from 'yaml'
import type { Migration, Questionnaire } from './questionnaire.js'
import { SEMVER } from './questionnaire.js'

export interface MigrationReport {
  /** The answers text to validate: migrated, or the original when nothing applied. */
  text: string
  /** The questionnaire version the answers name (`questionnaireVersion`), if any. */
  from?: string
  /** The version they were migrated to. */
  to?: string
  /** Each step applied, with its reason. */
  steps: Array<{ from: string; to: string; reason: string }>
  /** Answers moved to a new question id. */
  renamed: Array<{ from: string; to: string }>
  /** Answers the user gave that a migration removed, with the reason: never silent. */
  dropped: Array<{ id: string; value: unknown; reason: string }>
  /** Why the answers cannot be migrated; nothing was changed. */
  refusal?: string
}

const parts = (version: string) => version.split(/[.+-]/).slice(0, 3).map(Number)
const major = (version: string) => parts(version)[0] ?? 0

function isOlder(a: string, b: string): boolean {
  const [x, y] = [parts(a), parts(b)]
  for (const index of [0, 1, 2]) {
    if ((x[index] ?? 0) !== (y[index] ?? 0)) return (x[index] ?? 0) < (y[index] ?? 0)
  }
  return false
}

/** Whether a version is in a migration's `from` range: `1`, `1.x`, `1.2`, `1.2.x` or `1.2.3`. */
export function inRange(version: string, range: string): boolean {
  const have = parts(version)
  return range.split('.').every((part, index) => part === 'x' || Number(part) === have[index])
}

/** Delete a path, then any group the deletion left empty. */
function deletePath(doc: Document, path: string[]) {
  doc.deleteIn(path)
  for (let depth = path.length - 1; depth > 0; depth--) {
    const parent = doc.getIn(path.slice(0, depth), true)
    if (isCollection(parent) && parent.items.length === 0) doc.deleteIn(path.slice(0, depth))
    else break
  }
}

/**
 * Migrate answers to the questionnaire, when they name an older major `questionnaireVersion`.
 *
 * Answers without `questionnaireVersion`, or of the same major version, are returned as they
 * are: a minor or patch release never renames or removes a question. An older major version is
 * migrated step by step; a rename onto an answered question, or no migration leading to this
 * major version, refuses the whole file, naming both versions.
 *
 * @param text The answers file's text.
 * @param questionnaire The questionnaire to migrate to.
 * @example
 * migrateAnswers('questionnaireVersion: 1.0.0\npay: { approach: require }', questionnaireV2).renamed
 * //=> [{ from: 'pay.approach', to: 'pay.livingWage' }]
 */
export function migrateAnswers(text: string, questionnaire: Questionnaire): MigrationReport {
  const report: MigrationReport = { text, steps: [], renamed: [], dropped: [] }
  const original = parseDocument(text)
  if (original.errors.length > 0) return report // parseAnswers reports YAML problems
  const version = original.get('questionnaireVersion')
  if (typeof version !== 'string' || !SEMVER.test(version)) return report
  report.from = version
  const target = questionnaire.version
  if (!isOlder(version, target) || major(version) === major(target)) return report

  const refuse = (why: string): MigrationReport => ({
    text,
    from: version,
    steps: [],
    renamed: [],
    dropped: [],
    refusal: `These answers were written for questionnaire version ${version}, but this release's questionnaire is version ${target}; ${why}. Nothing was migrated: review the answers against version ${target} and update questionnaireVersion.`,
  })
  const doc = original.clone()
  let current = version
  const migrations = questionnaire.migrations ?? []
  while (major(current) !== major(target)) {
    const step: Migration | undefined = migrations.find(
      (migration) => inRange(current, migration.from) && isOlder(current, migration.to),
    )
    if (!step) return refuse(`no migration leads from version ${current}`)
    for (const [from, to] of Object.entries(step.renames ?? {})) {
      const [oldPath, newPath] = [from.split('.'), to.split('.')]
      if (!doc.hasIn(oldPath)) continue
      if (doc.hasIn(newPath)) {
        return refuse(
          `the migration to ${step.to} renames "${from}" to "${to}", but both are answered`,
        )
      }
      doc.setIn(newPath, doc.getIn(oldPath, true))
      deletePath(doc, oldPath)
      report.renamed.push({ from, to })
    }
    for (const id of step.removes ?? []) {
      const path = id.split('.')
      if (!doc.hasIn(path)) continue
      const node = doc.getIn(path, true) as { toJSON?: () => unknown } | undefined
      report.dropped.push({ id, value: node?.toJSON?.() ?? doc.getIn(path), reason: step.reason })
      deletePath(doc, path)
    }
    report.steps.push({ from: current, to: step.to, reason: step.reason })
    current = step.to
  }
  doc.set('questionnaireVersion', current)
  return { ...report, text: doc.toString(), to: current }
}
