/**
 * The redline read back by a real client: LibreOffice opens the DOCX that `betterforus diff`
 * writes, shows both the inserted and the deleted word in its text export (changes shown), and
 * keeps them as tracked changes (insertion and deletion change records by BetterForUs) when it
 * saves the document as ODT.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { assertExternalTools } from '../support/external-tools.js'
import { examplesFolder } from '../support/paths.js'
import { DELETED_WORD, INSERTED_WORD, makeReleases } from '../support/releases.js'
import { runCli } from '../support/run-cli.js'
import { convertWithLibreOffice } from '../support/soffice.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const work = temporaryFolder()
const files: string[] = []
let run: ReturnType<typeof runCli>

beforeAll(() => {
  // Note: two CLI runs of a few seconds each.
  assertExternalTools(['soffice'])
  const { old, next } = makeReleases(work)
  const library = path.join(work, 'library')
  const pack = path.join(work, 'pack')
  run = runCli(['diff', '--from', old, '--to', next, '--out', library])
  expect(run.status).toBe(0)
  const answers = path.join(examplesFolder, 'england-act-london.yaml')
  expect(runCli(['diff', answers, '--from', old, '--to', next, '--out', pack]).status).toBe(0)
  files.push(
    path.join(library, 'library.redline.docx'),
    path.join(pack, 'doc-contract-schedule.redline.docx'),
  )
}, 60_000)

describe.each([
  ['library', 0],
  ['pack', 1],
])('the %s redline in LibreOffice', (name, index) => {
  it('should show the inserted and the deleted word in the text export', async () => {
    const outDir = path.join(work, `txt-${name}`)
    mkdirSync(outDir, { recursive: true })
    const [text] = await convertWithLibreOffice([files[index] as string], 'txt', {
      outDir,
      profileDir: path.join(work, `profile-txt-${name}`),
    })
    const content = readFileSync(text as string, 'utf8')
    // Note: with changes shown, LibreOffice's text export prints deleted text as well as inserted.
    expect(content).toContain(
      `must ${INSERTED_WORD} pay every member of the ${DELETED_WORD} Staff aged`,
    )
  })

  it('should keep the insertion and the deletion as tracked changes by BetterForUs', async () => {
    const outDir = path.join(work, `odt-${name}`)
    mkdirSync(outDir, { recursive: true })
    const [odt] = await convertWithLibreOffice([files[index] as string], 'odt', {
      outDir,
      profileDir: path.join(work, `profile-odt-${name}`),
    })
    const content = strFromU8(
      unzipSync(new Uint8Array(readFileSync(odt as string)), {
        filter: (file) => file.name === 'content.xml',
      })['content.xml'] as Uint8Array,
    )
    const regions = [
      ...content.matchAll(
        /<text:changed-region\b[^>]*text:id="([^"]+)"[^>]*>(.*?)<\/text:changed-region>/g,
      ),
    ]
    const insertions = regions.filter((region) => region[2]?.includes('<text:insertion>'))
    const deletions = regions.filter((region) => region[2]?.includes('<text:deletion>'))
    expect(
      regions.every((region) => region[2]?.includes('<dc:creator>BetterForUs</dc:creator>')),
    ).toBe(true)
    // The deleted word is kept inside its deletion record.
    expect(deletions.some((region) => region[2]?.includes(`${DELETED_WORD} </text:p>`))).toBe(true)
    // The inserted word sits between the change marks of an insertion record.
    const marked = insertions.some((region) =>
      content.includes(
        `<text:change-start text:change-id="${region[1]}"/>${INSERTED_WORD} <text:change-end text:change-id="${region[1]}"/>`,
      ),
    )
    expect(marked).toBe(true)
  })
})
