/**
 * The example council layer's DOCX as real clients read it (issue 17): every part well-formed
 * (xmllint) and valid against the ISO/IEC 29500 transitional schemas (jing, as the schema check
 * does), converted by LibreOffice, and the logo drawn on the cover page of the PDF. The
 * house style reaches the DOCX writer through `packFiles({ houseStyle })`; the writer's side is
 * built apart (issue 14), so the logo checks pass once both are merged.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { prepareDocxParts, validateParts } from '../support/check-docx-schemas.js'
import { extractDocxParts } from '../support/docx-parts.js'
import { assertExternalTools, runTool } from '../support/external-tools.js'
import { generateWithLayer } from '../support/layer-example.js'
import { convertWithLibreOffice } from '../support/soffice.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const work = temporaryFolder()
const out = path.join(work, 'pack')
const docxFiles: string[] = []
let pdfs: string[] = []

describe('the example council layer’s DOCX in real clients', () => {
  beforeAll(async () => {
    assertExternalTools(['soffice', 'xmllint', 'pdfimages', 'jing'])
    const run = generateWithLayer(out, 'docx')
    expect(run.status).toBe(0)
    docxFiles.push(
      ...readdirSync(out)
        .filter((name) => name.endsWith('.docx'))
        .map((name) => path.join(out, name)),
    )
    const pdfFolder = path.join(work, 'pdf')
    mkdirSync(pdfFolder)
    pdfs = await convertWithLibreOffice(docxFiles, 'pdf', {
      outDir: pdfFolder,
      profileDir: path.join(work, 'profile'),
    })
  }, 180_000)

  it('G7: every XML part of every document is well-formed (xmllint)', () => {
    expect(docxFiles.length).toBeGreaterThan(0)
    const parts = docxFiles.flatMap((file, index) =>
      extractDocxParts(file, path.join(work, 'parts', String(index))).filter((part) =>
        /\.(xml|rels)$/.test(part),
      ),
    )
    const lint = spawnSync('xmllint', ['--noout', ...parts], { encoding: 'utf8' })
    expect(lint.stderr).toBe('')
    expect(lint.status).toBe(0)
  })

  it('G7: every WordprocessingML part is valid against the transitional schemas (jing)', () => {
    const documents = docxFiles.map((file) => ({ name: path.basename(file), file }))
    const parts = prepareDocxParts(documents, path.join(work, 'schema-parts'))
    expect(parts.unknown).toEqual([])
    expect(parts.prepared.filter((part) => part.part === 'word/document.xml')).toHaveLength(
      documents.length,
    )
    expect([...parts.failures, ...validateParts(parts.prepared).messages]).toEqual([])
  }, 120_000)

  it('LibreOffice draws the logo on the cover page of every document', () => {
    for (const pdf of pdfs) {
      // `pdfimages -list` prints two header lines, then one line per image: page, number, type, width, height…
      const images = runTool('pdfimages', ['-list', '-f', '1', '-l', '1', pdf])
        .split('\n')
        .slice(2)
        .filter((line) => line.trim() !== '')
      expect(images.length, path.basename(pdf)).toBeGreaterThanOrEqual(1)
    }
  })
})
