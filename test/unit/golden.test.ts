import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { toMarkdownDocument } from '@betterforus/generator'
import { describe, expect, it } from 'vitest'
import { examplePack } from '../support/generate-example.js'
import { examples, examplesFolder } from '../support/paths.js'

/**
 * Golden packs: the drafter copy of every example, as Markdown, committed beside the examples in
 * `templates/examples/expected/<example>/`, so a review sees every change to what lawyers receive.
 * `UPDATE=1 npm test` rewrites them; the diff is reviewed like code.
 */
const expectedFolder = path.join(examplesFolder, 'expected')
const update = process.env.UPDATE === '1'

describe.each(examples)('the golden pack of $name', ({ name, file }) => {
  const folder = path.join(expectedFolder, name)
  const documents = examplePack(file).documents.map((tree) => ({
    name: `${tree.data.id}.drafter.md`,
    markdown: toMarkdownDocument(tree),
  }))
  if (update) {
    mkdirSync(folder, { recursive: true })
    for (const document of documents)
      writeFileSync(path.join(folder, document.name), document.markdown)
  }

  it('should have exactly the committed documents', () => {
    expect(existsSync(folder), `no golden pack for ${name}: run UPDATE=1 npm test`).toBe(true)
    expect(readdirSync(folder).sort()).toEqual(documents.map((document) => document.name).sort())
  })

  it.each(documents.map((document) => [document.name, document.markdown]))(
    'G3, G4: should match %s byte for byte',
    (document, markdown) => {
      expect(markdown).toBe(readFileSync(path.join(folder, document), 'utf8'))
    },
  )
})
