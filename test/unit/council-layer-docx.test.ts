/**
 * The example council layer's house style in the DOCX (issue 17): the logo is in the package as
 * a media part, referenced from the document with its alternative text. The house style reaches
 * the DOCX writer through `packFiles({ houseStyle })`; the writer's side is built apart (issue
 * 14), so this test passes once both are merged.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateWithLayer, layerFolder } from '../support/layer-example.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const folder = temporaryFolder()

/** The example pack's contract schedule, generated once for both tests. */
let parts: Record<string, Uint8Array> = {}

describe('the example layer’s DOCX', () => {
  beforeAll(() => {
    const out = path.join(folder, 'pack')
    const run = generateWithLayer(out, 'docx')
    expect(run.status, run.stderr).toBe(0)
    parts = unzipSync(
      new Uint8Array(readFileSync(path.join(out, 'doc-contract-schedule.drafter.docx'))),
    )
  })

  it('carries the logo as word/media and references it from the document, with its alt text', () => {
    const logo = new Uint8Array(readFileSync(path.join(layerFolder, 'house-style/logo.png')))
    const media = Object.keys(parts).filter((name) => name.startsWith('word/media/'))
    const same = media.filter((name) =>
      Buffer.from(parts[name] as Uint8Array).equals(Buffer.from(logo)),
    )
    expect(same).toHaveLength(1)
    const target = (same[0] as string).slice('word/'.length)
    const relationships = strFromU8(parts['word/_rels/document.xml.rels'] as Uint8Array)
    const id = new RegExp(
      `Id="([^"]+)"[^>]*Target="${target}"|Target="${target}"[^>]*Id="([^"]+)"`,
    ).exec(relationships)
    expect(id).not.toBeNull()
    const document = strFromU8(parts['word/document.xml'] as Uint8Array)
    expect(document).toContain(`r:embed="${id?.[1] ?? id?.[2]}"`)
    expect(document).toContain('descr="Riverside Borough Council"')
  })

  it('applies the house style through styles and a header: fonts, heading colour, header line', () => {
    const styles = strFromU8(parts['word/styles.xml'] as Uint8Array)
    expect(styles).toContain('w:ascii="Georgia"')
    expect(styles).toContain('w:ascii="Verdana"')
    expect(styles).toContain('w:val="005EA5"')
    const headers = Object.keys(parts)
      .filter((name) => /^word\/header\d*\.xml$/.test(name))
      .map((name) => strFromU8(parts[name] as Uint8Array))
    expect(headers.join('')).toContain('Riverside Borough Council · Social value and fair work')
    const document = strFromU8(parts['word/document.xml'] as Uint8Array)
    expect(document).toContain('Procurement and Commissioning')
  })
})
