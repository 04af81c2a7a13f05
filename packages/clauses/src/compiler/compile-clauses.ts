import { type Questionnaire, reportError } from '@betterforus/questionnaire'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import type { VFile } from 'vfile'
import { clauseFrontMatterSchema } from '../schemas/clause-front-matter.js'
import type { CatalogSource } from './catalog-source.js'
import { checkCondition } from './check-condition.js'
import { listMarkdown, openFile } from './compile-state.js'
import { placeOf } from './place-of.js'
import { emptyUses, precompileTemplate, type TemplateState } from './precompile-template.js'
import { readYaml } from './read-yaml.js'
import { splitFrontMatter } from './split-front-matter.js'

type Clause = CatalogSource['clauses'][number]

/**
 * Read, check and precompile every clause file: front matter validated, the id matching the file
 * name and unique, `include_when` checked against the questionnaire, the body and notes
 * precompiled.
 *
 * @returns The clauses without errors, and the ids of every clause file (for cross-checks).
 */
export async function compileClauses(
  state: TemplateState,
  questionnaire: Questionnaire | undefined,
): Promise<{ clauses: Clause[]; fileIds: string[] }> {
  const clauses: Clause[] = []
  const names = await listMarkdown(state, 'clauses')
  const fileById = new Map<string, string>()
  for (const name of names) {
    const clause = await compileClause(state, name, questionnaire, fileById)
    if (clause) clauses.push(clause)
  }
  return { clauses, fileIds: names.map((name) => name.slice(0, -3)) }
}

async function compileClause(
  state: TemplateState,
  name: string,
  questionnaire: Questionnaire | undefined,
  fileById: Map<string, string>,
): Promise<Clause | undefined> {
  const file = await openFile(state, `clauses/${name}`)
  const text = String(file.value ?? '')
  const split = splitFrontMatter(text, file)
  if (!split) return undefined
  const meta = readYaml(split.yaml, clauseFrontMatterSchema, file, { lineOffset: 1 })
  if (!meta) return undefined
  checkIdentity(file, name, meta.id, split.yaml, fileById)
  if (questionnaire) {
    // Note: the front matter's own line is found in the text, after the parser's positions are
    // gone; the file's first line is `---`, hence the leading newline.
    const conditionAt = placeOf(`\n${text}`, ['\ninclude_when:'])
    for (const problem of checkCondition(meta.include_when, questionnaire)) {
      reportError(
        file,
        `include_when: ${problem}`,
        'invalid-condition',
        conditionAt && { line: conditionAt.line, column: 1 },
      )
    }
  }
  const uses = emptyUses()
  const body = precompileTemplate(
    state,
    split.body,
    file,
    { lineOffset: split.bodyLineOffset },
    uses,
  )
  const fieldAt = (field: string) => ({
    field,
    line: placeOf(`\n${text}`, [`\n${field}:`])?.line,
  })
  const draftingNote = precompileTemplate(
    state,
    meta.drafting_note,
    file,
    fieldAt('drafting_note'),
    uses,
  )
  const riskNote =
    meta.risk_note === undefined
      ? undefined
      : precompileTemplate(state, meta.risk_note, file, fieldAt('risk_note'), uses)
  if (!body || !draftingNote || (meta.risk_note !== undefined && !riskNote)) return undefined
  return {
    meta,
    body,
    draftingNote,
    riskNote,
    uses,
    sha256: bytesToHex(sha256(utf8ToBytes(text))),
  }
}

/** The id must match the file name and be the only clause with it. */
function checkIdentity(
  file: VFile,
  name: string,
  id: string,
  yaml: string,
  fileById: Map<string, string>,
): void {
  const idLine = yaml.split('\n').findIndex((line) => line.startsWith('id:')) + 2
  if (`${id}.md` !== name) {
    reportError(file, `id \`${id}\` must match the file name \`${name}\``, 'id-file-name', {
      line: idLine,
      column: 1,
    })
  }
  const first = fileById.get(id)
  if (first) {
    reportError(file, `duplicate clause id \`${id}\`: also in clauses/${first}`, 'duplicate-id', {
      line: idLine,
      column: 1,
    })
  }
  fileById.set(id, name)
}
