import path from 'node:path'
import { catalog as builtIn, type Catalog } from '@betterforus/clauses'
import {
  type DocumentProvenance,
  DocumentReadError,
  MAX_DOCUMENT_BYTES,
  readProvenance,
} from '@betterforus/generator'
import { answersSha256, parseAnswers } from '@betterforus/questionnaire'
import { VFile } from 'vfile'
import { formatMessages } from '../format-messages.js'
import { layAnswerBytes } from '../layer/lay-answer-bytes.js'
import { loadLayerOption } from '../load-layer-option.js'
import { currentTemplates, loadRelease } from '../load-release.js'
import { printable } from '../printable.js'
import { readAnswersFile } from '../read-answers-file.js'
import { readDocumentFile } from '../read-document-file.js'
import { reportReleaseError } from '../report-release-error.js'

/** Read the document's provenance, or print one line saying why not. */
async function readDocument(documentPath: string): Promise<DocumentProvenance | undefined> {
  const name = printable(documentPath)
  const read = await readDocumentFile(documentPath, MAX_DOCUMENT_BYTES)
  if ('problem' in read) {
    console.error(`${name}: ${read.problem}`)
    return undefined
  }
  try {
    const provenance = readProvenance(read.bytes)
    if (!provenance) {
      console.error(
        `${name}: no BetterForUs provenance found; was it made by \`betterforus generate\`?`,
      )
    }
    return provenance
  } catch (error) {
    if (!(error instanceof DocumentReadError)) throw error
    console.error(`${name}: ${printable(error.message)}`)
    return undefined
  }
}

/** Compare each recorded clause with the release; print and return whether all match. */
function checkClauses(provenance: DocumentProvenance, catalog: Catalog, installed: string) {
  let ok = true
  const clauses = new Map(catalog.clauses.map((clause) => [clause.meta.id, clause]))
  const hashes = provenance.clauseHashes
  for (const entry of provenance.clauses) {
    const [id = '', version] = entry.split('@')
    const clause = clauses.get(id)
    const current = clause?.meta.version
    if (!clause || current !== version) {
      ok = false
      console.log(
        `  ✗ ${printable(entry)}: ${current ? `this release has ${id}@${current}` : 'not in this release'}`,
      )
      continue
    }
    const recorded = hashes?.[entry]
    const now = clause?.sha256.slice(0, 16)
    if (recorded !== undefined && recorded !== '' && now !== recorded) {
      ok = false
      console.log(
        `  ✗ ${printable(entry)}: the clause's text in ${installed} no longer matches its recorded version (sha256 ${now}…, recorded ${printable(recorded)}…): it changed without a new version`,
      )
    }
  }
  if (!hashes) {
    console.log('\n  (the document records no clause hashes, so clause texts were not compared)')
  }
  return ok
}

/**
 * Say whether the document's text is as generated. An edited text is news for a lawyer, not an
 * error; a document that records no text hash cannot be vouched for, so that fails.
 */
function checkText(provenance: DocumentProvenance): boolean {
  const recorded = provenance.textSha256
  if (recorded === undefined) {
    console.log(
      '\n✗ the document records no hash of its text, so its text cannot be checked (documents made by this generator record one)',
    )
    return false
  }
  console.log(
    recorded === provenance.actualTextSha256
      ? '\n✓ the text is as generated'
      : `\n! the text was edited since it was generated (its sha256 is ${provenance.actualTextSha256}, recorded ${printable(recorded)}): compare it with a copy generated again from the answers`,
  )
  return true
}

/**
 * `betterforus verify <document> [answers] [--release <release>]`: say which release and clauses
 * made a generated DOCX or Markdown document, whether they match this installed release (or the
 * one given), including any clause whose text changed without a new version, whether the text
 * is as generated, and, given the answers file, whether the document was made from those
 * answers. Every value read from the document is printed with control characters escaped.
 *
 * @returns The exit code: 1 when the document cannot be read, carries no provenance or no
 *   clauses, or anything does not match; an edited text alone is reported, not an error.
 */
export async function verifyCommand(
  documentPath: string,
  answersPath: string | undefined,
  options: { release?: string; layer?: string } = {},
): Promise<number> {
  let catalog: Catalog = builtIn
  let installed = `${builtIn.library.name}@${builtIn.library.version}`
  let templates = options.layer === undefined ? undefined : currentTemplates()
  if (options.release !== undefined) {
    try {
      const release = await loadRelease(options.release)
      catalog = release.catalog
      installed = printable(release.label)
      templates = release.templates
    } catch (error) {
      return reportReleaseError(error)
    }
  }
  const layer = await loadLayerOption(options.layer, templates, catalog, {
    published: options.release !== undefined,
  })
  const layerName = layer && `${layer.info.name}@${layer.info.version}`
  if (layer) {
    catalog = layer.catalog
    installed = `${installed} with the layer ${printable(layerName ?? '')}`
  }
  const provenance = await readDocument(documentPath)
  if (!provenance) return 1
  const show = (value: string) => printable(value)
  console.log(show(path.basename(documentPath)))
  console.log(`  document   ${show(provenance.document)} (${show(provenance.copy)} copy)`)
  console.log(`  library    ${show(provenance.library)}`)
  if (provenance.layer !== undefined) console.log(`  layer      ${show(provenance.layer)}`)
  console.log(`  generator  ${show(provenance.generator)}`)
  console.log(`  data       ${show(provenance.dataVersion)}`)
  console.log(`  regime     ${show(provenance.regime)}`)
  console.log(`  answers    sha256 ${show(provenance.answersSha256)}`)
  console.log(`  clauses    ${show(provenance.clauses.join(', '))}`)

  const library = `${catalog.library.name}@${catalog.library.version}`
  if (provenance.library !== library) {
    console.log(`\n  The document was made with ${show(provenance.library)}; this is ${installed}.`)
  }
  if (provenance.layer !== layerName) {
    console.log(
      provenance.layer === undefined
        ? `\n  The document was made without a council layer; this check lays ${show(layerName ?? '')} over the library.`
        : `\n  The document was made with the council layer ${show(provenance.layer)}; ${layerName === undefined ? 'give it with --layer <dir> to check its local clauses' : `this is ${show(layerName)}`}.`,
    )
  }
  if (provenance.clauses.length === 0) {
    console.log(
      '\n✗ the document records no clauses; every generated document has some, so there is nothing to verify',
    )
    return 1
  }
  const clausesMatch = checkClauses(provenance, catalog, installed)
  let ok = checkText(provenance) && clausesMatch

  if (answersPath) {
    const file = new VFile({ path: path.resolve(answersPath) })
    const { content } = layAnswerBytes(await readAnswersFile(file), layer?.defaults)
    const parsed =
      content === undefined
        ? undefined
        : parseAnswers(content, catalog.questionnaire, { path: file.path })
    if (!parsed?.answers) {
      if (parsed) file.messages.push(...parsed.file.messages)
      console.error(formatMessages([file]))
      return 1
    }
    const match = answersSha256(parsed.answers) === provenance.answersSha256
    ok &&= match
    const name = show(answersPath)
    console.log(
      match
        ? `\n✓ made from the answers in ${name}`
        : `\n✗ not made from the answers in ${name} (their sha256 is ${answersSha256(parsed.answers)})`,
    )
  }
  if (clausesMatch) console.log(`\n✓ every clause matches ${installed}`)
  return ok ? 0 : 1
}
