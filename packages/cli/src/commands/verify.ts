import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { catalog } from '@betterforus/clauses'
import { readProvenance } from '@betterforus/generator'
import { answersSha256, MAX_ANSWERS_BYTES, parseAnswers } from '@betterforus/questionnaire'
import { VFile } from 'vfile'
import { formatMessages } from '../format-messages.js'

/**
 * `betterforus verify <document> [answers]`: say which release and clauses made a generated DOCX
 * or Markdown document, whether they match this installed release, and, given the answers file,
 * whether the document was made from those answers.
 *
 * @returns The exit code: 1 when the document carries no provenance or anything does not match.
 */
export async function verifyCommand(
  documentPath: string,
  answersPath: string | undefined,
): Promise<number> {
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
  const installed = `${catalog.library.name}@${catalog.library.version}`
  if (provenance.library !== installed) {
    console.log(`\n  The document was made with ${provenance.library}; this is ${installed}.`)
  }
  const versions = new Map(catalog.clauses.map((clause) => [clause.meta.id, clause.meta.version]))
  for (const entry of provenance.clauses) {
    const [id = '', version] = entry.split('@')
    const current = versions.get(id)
    if (current !== version) {
      ok = false
      console.log(
        `  ✗ ${id}@${version}: ${current ? `this release has ${id}@${current}` : 'not in this release'}`,
      )
    }
  }

  if (answersPath) {
    const file = new VFile({ path: path.resolve(answersPath) })
    const bytes = await readFile(file.path)
    const parsed =
      bytes.byteLength > MAX_ANSWERS_BYTES
        ? undefined
        : parseAnswers(new Uint8Array(bytes), catalog.questionnaire, { path: file.path })
    if (!parsed?.answers) {
      if (parsed) file.messages.push(...parsed.file.messages)
      console.error(formatMessages([file]) || `${answersPath}: over ${MAX_ANSWERS_BYTES} bytes`)
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
