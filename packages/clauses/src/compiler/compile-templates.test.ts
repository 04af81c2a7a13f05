import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { compileCatalog } from './compile-catalog.js'
import { compileTemplates } from './compile-templates.js'
import { memoryTemplateFiles, overlayTemplateFiles } from './template-files.js'

const templates = fileURLToPath(new URL('../../../../templates/', import.meta.url))
const library = { name: '@betterforus/clauses', version: '1.1.0' }

/** Every file of the library's templates, by relative path, as the web app holds them. */
function libraryTexts(): Map<string, string> {
  const names = readdirSync(templates, { recursive: true }) as string[]
  return new Map(
    names
      .map((name) => name.split(path.sep).join('/'))
      .filter((name) => !name.startsWith('examples/') && /\.(md|ya?ml|json)$/.test(name))
      .map((name) => [name, readFileSync(path.join(templates, name), 'utf8')]),
  )
}

describe('compileTemplates: template files held in memory', () => {
  it('compiles the library from memory exactly as compileCatalog does from its folder', async () => {
    const fromFolder = await compileCatalog(templates, library)
    const fromMemory = await compileTemplates(
      memoryTemplateFiles('templates', libraryTexts()),
      library,
    )
    expect(fromFolder.catalog).toBeDefined()
    expect(JSON.stringify(fromMemory.catalog)).toBe(JSON.stringify(fromFolder.catalog))
    expect(fromMemory.files.map((file) => file.path)).toContain('templates/questionnaire.yaml')
  })

  it('reads an overlay: a removed clause is missing where a document lists it, and named by its path', async () => {
    const base = memoryTemplateFiles('templates', libraryTexts())
    const overlay = overlayTemplateFiles(base, new Map([['clauses/pay-rlw-require.md', null]]))
    expect(await overlay.read('clauses/pay-rlw-require.md')).toBeUndefined()
    expect(await overlay.list('clauses')).not.toContain('pay-rlw-require.md')
    const result = await compileTemplates(overlay, library)
    expect(result.catalog).toBeUndefined()
    const reasons = result.files.flatMap((file) =>
      file.messages.map((message) => `${file.path}: ${message.reason}`),
    )
    expect(
      reasons.some(
        (line) => line.startsWith('templates/documents/') && line.includes('pay-rlw-require'),
      ),
    ).toBe(true)
  })

  it('lists an added file in its folder, and no file of a subfolder', async () => {
    const base = memoryTemplateFiles(
      'lib',
      new Map([
        ['clauses/a.md', 'A'],
        ['clauses/deeper/b.md', 'B'],
      ]),
    )
    const overlay = overlayTemplateFiles(base, new Map([['clauses/c.md', 'C']]))
    expect((await overlay.list('clauses'))?.sort()).toEqual(['a.md', 'c.md'])
    expect(await overlay.list('documents')).toBeUndefined()
    expect(overlay.pathOf('clauses/c.md')).toBe('lib/clauses/c.md')
  })
})
