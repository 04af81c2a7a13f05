import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { catalog as builtIn, type Catalog } from '@betterforus/clauses'
import { readProvenance } from '@betterforus/generator'
import { answersSha256, parseAnswers } from '@betterforus/questionnaire'
import { VFile } from 'vfile'
import { formatMessages } from '../format-messages.js'
import { loadRelease } from '../load-release.js'
import { readAnswersFile } from '../read-answers-file.js'
import { reportReleaseError } from '../report-release-error.js'

/**
 * `betterforus verify <document> [answers] [--release <release>]`: say which release and clauses
 * made a generated DOCX or Markdown document, whether they match this installed release (or the
 * one given), including any clause whose text changed without a new version, and, given the
 * answers file, whether the document was made from those answers.
 *
 * @returns The exit code: 1 when the document carries no provenance or anything does not match.
 */
export async function verifyCommand(
  documentPath: string,
  answersPath: string | undefined,
  options: { release?: string } = {},
): Promise<number> {
  let catalog: Catalog = builtIn
  let installed = `${builtIn.library.name}@${builtIn.library.version}`
  if (options.release !== undefined) {
    try {
      const release = await loadRelease(options.release)
      catalog = release.catalog
      installed = release.label
    } catch (error) {
      return reportReleaseError(error)
    }
  }
  const content = await readFile(documentPath)
  const provenance = readProvenance(new Uint8Array(content))
  if (!provenance) {
    console.error(
      `${documentPath}: no BetterForUs provenance found; was it made by \`betterforus generate\`?`,
    )
    return 1
  }
  console.log(`${path.basename(documentPath)}`)
  console.log(`  document   ${provenance.document} (${provenance.copy} copy)`)
  console.log(`  library    ${provenance.library}`)
  console.log(`  generator  ${provenance.generator}`)
  console.log(`  data       ${provenance.dataVersion}`)
  console.log(`  regime     ${provenance.regime}`)
  console.log(`  answers    sha256 ${provenance.answersSha256}`)
  console.log(`  clauses    ${provenance.clauses.join(', ')}`)

  let ok = true
  const library = `${catalog.library.name}@${catalog.library.version}`
  if (provenance.library !== library) {
    console.log(`\n  The document was made with ${provenance.library}; this is ${installed}.`)
  }
  const clauses = new Map(catalog.clauses.map((clause) => [clause.meta.id, clause]))
  const hashes = provenance.clauseHashes
  for (const entry of provenance.clauses) {
    const [id = '', version] = entry.split('@')
    const clause = clauses.get(id)
    const current = clause?.meta.version
    if (current !== version) {
      ok = false
      console.log(
        `  ✗ ${id}@${version}: ${current ? `this release has ${id}@${current}` : 'not in this release'}`,
      )
      continue
    }
    const recorded = hashes?.[entry]
    const now = clause?.sha256.slice(0, 16)
    if (recorded !== undefined && recorded !== '' && now !== recorded) {
      ok = false
      console.log(
        `  ✗ ${entry}: the clause's text in ${installed} no longer matches its recorded version (sha256 ${now}…, recorded ${recorded}…): it changed without a new version`,
      )
    }
  }
  if (!hashes) {
    console.log('\n  (the document records no clause hashes, so clause texts were not compared)')
  }

  if (answersPath) {
    const file = new VFile({ path: path.resolve(answersPath) })
    const bytes = await readAnswersFile(file)
    const parsed = bytes && parseAnswers(bytes, catalog.questionnaire, { path: file.path })
    if (!parsed?.answers) {
      if (parsed) file.messages.push(...parsed.file.messages)
      console.error(formatMessages([file]))
      return 1
    }
    const match = answersSha256(parsed.answers) === provenance.answersSha256
    ok &&= match
    console.log(
      match
        ? `\n✓ made from the answers in ${answersPath}`
        : `\n✗ not made from the answers in ${answersPath} (their sha256 is ${answersSha256(parsed.answers)})`,
    )
  }
  if (ok) console.log(`\n✓ every clause matches ${installed}`)
  return ok ? 0 : 1
}
