import { reportError } from '@betterforus/questionnaire'
import { VFile } from 'vfile'
import { z } from 'zod'
import { clauseFrontMatterSchema } from '../schemas/clause-front-matter.js'
import { listTemplateCalls } from './list-template-calls.js'
import { normaliseText } from './normalise-text.js'
import { readYaml } from './read-yaml.js'
import { splitFrontMatter } from './split-front-matter.js'

// Note: only the fields a version check reads, each with the front-matter schema's own rules;
// the rest of the front matter is the build's to check.
const { id, version, changelog } = clauseFrontMatterSchema.shape
const clauseVersionsSchema = z.object({ id, version, changelog })

/** What the clause-version check reads of one clause file. */
export interface ClauseVersions {
  id: string
  version: string
  /** The versions the clause's `changelog` has entries for. */
  changelog: string[]
  /** The variables and helper calls its body uses (`listTemplateCalls`). */
  calls: string[]
}

/**
 * Read a clause file's id, version, changelog and the calls its body makes, with the compiler's
 * own front-matter reader, schema and template parser (for `scripts/check-clause-versions.ts`,
 * which compares a clause at a base commit with the clause now).
 *
 * @param text The clause file's text.
 * @param path Its path, for messages.
 * @returns The fields, or undefined with fatal messages on `file`.
 */
export function readClauseVersions(
  text: string,
  path: string,
): { clause: ClauseVersions | undefined; file: VFile } {
  const file = new VFile({ path, value: normaliseText(text) })
  const split = splitFrontMatter(String(file.value), file)
  const meta = split && readYaml(split.yaml, clauseVersionsSchema, file, { lineOffset: 1 })
  if (!split || !meta) return { clause: undefined, file }
  try {
    const calls = listTemplateCalls(split.body)
    const versions = meta.changelog.map((entry) => entry.version)
    return { clause: { id: meta.id, version: meta.version, changelog: versions, calls }, file }
  } catch (error) {
    reportError(file, `cannot parse the clause body: ${(error as Error).message}`, 'template-parse')
    return { clause: undefined, file }
  }
}
