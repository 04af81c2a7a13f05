import { readFileSync } from 'node:fs'
import { catalog } from '@betterforus/clauses'
import { parseAnswers } from '@betterforus/questionnaire'
import { describe, expect, it } from 'vitest'
import { toDocx } from './docx/to-docx.js'
import { generatePack } from './generate-pack.js'
import { manifestText } from './manifest-text.js'
import { packDisplayName, packFileName } from './pack-file-name.js'
import { packFiles } from './pack-files.js'
import { toMarkdownDocument } from './to-markdown.js'

const example = new URL('../../../templates/examples/england-act-london.yaml', import.meta.url)
const parsed = parseAnswers(readFileSync(example), catalog.questionnaire)
if (!parsed.answers) throw new Error('The example answers no longer parse')
const pack = generatePack(parsed.answers, { catalog, copy: 'issue' })
const [first] = pack.documents
if (!first) throw new Error('The example pack has no documents')

describe('packFiles', () => {
  it('should name each document <id>.<copy>.<format>, Markdown before DOCX, then the manifest', async () => {
    const names = (await packFiles(pack)).map((file) => file.name)
    expect(names).toEqual([
      ...pack.documents.flatMap((tree) => [packFileName(tree, 'md'), packFileName(tree, 'docx')]),
      'manifest.json',
    ])
    expect(packFileName(first, 'docx')).toBe(`${first.data.id}.issue.docx`)
  })

  it('should give each document a name a person recognises, from its title and copy', () => {
    expect(packDisplayName(first, 'docx')).toBe(`${first.data.title} - issue copy.docx`)
    const slashed = { ...first, data: { ...first.data, title: 'Terms: A/B "draft"' } }
    expect(packDisplayName(slashed, 'md')).toBe('Terms- A-B -draft- - issue copy.md')
  })

  it('should write only the formats asked for, in a fixed order whatever the order asked', async () => {
    const names = (await packFiles(pack, { formats: ['docx', 'md'] })).map((file) => file.name)
    expect(names).toEqual((await packFiles(pack)).map((file) => file.name))
    const markdown = await packFiles(pack, { formats: ['md'] })
    expect(markdown.map((file) => file.name).filter((name) => name.endsWith('.docx'))).toEqual([])
    expect(markdown[0]?.content).toBe(toMarkdownDocument(first))
  })

  it('should pass the table of contents to the DOCX writer', async () => {
    const [, docx] = await packFiles(pack, { toc: true })
    expect(docx?.content).toEqual(await toDocx(first, { toc: true }))
    expect(docx?.content).not.toEqual(await toDocx(first, { toc: false }))
  })

  it('should merge the hidden answers into the manifest once each', async () => {
    const files = await packFiles(pack, { unused: ['voice.hidden', 'voice.hidden'] })
    const manifest = JSON.parse(String(files.at(-1)?.content))
    expect(manifest.unusedAnswers).toEqual([
      'voice.hidden',
      ...pack.manifest.unusedAnswers.filter((id) => id !== 'voice.hidden'),
    ])
    expect(files.at(-1)?.content).toBe(manifestText(pack, ['voice.hidden']))
  })
})
