import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { catalog } from '@betterforus/clauses'
import { memoryTemplateFiles } from '@betterforus/clauses/compile'
import { folderTemplateFiles } from '@betterforus/clauses/compiler'
import { messageLines } from '@betterforus/questionnaire'
import { describe, expect, it } from 'vitest'
import { layLayer } from './lay-layer.js'
import { LayerError } from './layer-error.js'
import { memoryLayerFiles } from './layer-files.js'
import { readLayer } from './read-layer.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const templatesFolder = path.join(root, 'templates')

/** Every file under a folder, by its path relative to the folder with `/`. */
function filesOf(folder: string): Map<string, Uint8Array> {
  return new Map(
    (readdirSync(folder, { recursive: true }) as string[])
      .filter((name) => statSync(path.join(folder, name)).isFile())
      .map((name) => [
        name.split(path.sep).join('/'),
        new Uint8Array(readFileSync(path.join(folder, name))),
      ]),
  )
}

const example = () => filesOf(path.join(root, 'examples', 'layer-riverside'))
const libraryTexts = () =>
  new Map(
    [...filesOf(templatesFolder)]
      .filter(([name]) => !name.startsWith('examples/'))
      .map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]),
  )

describe('layLayer over template files held in memory', () => {
  it('lays the example layer exactly as over the templates folder', async () => {
    const fromMemory = await layLayer(
      await readLayer(memoryLayerFiles('riverside.zip', example())),
      memoryTemplateFiles('templates', libraryTexts()),
      catalog,
    )
    const fromFolder = await layLayer(
      await readLayer(memoryLayerFiles('riverside.zip', example())),
      folderTemplateFiles(templatesFolder),
      catalog,
    )
    expect(JSON.stringify(fromMemory.source)).toBe(JSON.stringify(fromFolder.source))
    const document = fromMemory.source.documents.find(
      (each) => each.meta.id === 'doc-sv-requirements',
    )
    expect(document?.meta.clauses).toContain('riverside-social-value-board')
    expect(fromMemory.source.clauses.map((clause) => clause.meta.id)).not.toContain(
      'pay-rlw-require',
    )
    expect(fromMemory.info).toEqual({
      name: '@riverside-council/betterforus-layer',
      version: '1.0.0',
      logo: 'house-style/logo.png',
    })
    expect(fromMemory.houseStyle.logo?.type).toBe('png')
  })

  it('names a local clause’s problem at its line in the archive’s own file', async () => {
    const files = example()
    const clause = new TextDecoder().decode(files.get('clauses/riverside-social-value-board.md'))
    files.set(
      'clauses/riverside-social-value-board.md',
      new TextEncoder().encode(
        clause.replace('**Riverside Borough Council.**', '{{contract.titel}}'),
      ),
    )
    const layer = await readLayer(memoryLayerFiles('riverside.zip', files))
    const error = await layLayer(
      layer,
      memoryTemplateFiles('templates', libraryTexts()),
      catalog,
    ).then(
      () => undefined,
      (thrown: unknown) => thrown,
    )
    expect(error).toBeInstanceOf(LayerError)
    const lines = messageLines((error as LayerError).files)
    expect(lines.join('\n')).toMatch(
      /^riverside\.zip\/clauses\/riverside-social-value-board\.md:\d+:\d+: error: .*contract\.titel/m,
    )
    expect((error as LayerError).summary).toBe(
      'The layer @riverside-council/betterforus-layer@1.0.0 does not compile over @betterforus/clauses@1.1.0; nothing was written.',
    )
  })

  it('reads an archive whose layer.yaml has an unknown key as an error at its line', async () => {
    const files = example()
    const text = new TextDecoder().decode(files.get('layer.yaml'))
    files.set('layer.yaml', new TextEncoder().encode(`${text}colour-scheme: blue\n`))
    const line = text.split('\n').length
    const error = await readLayer(memoryLayerFiles('riverside.zip', files)).then(
      () => undefined,
      (thrown: unknown) => thrown,
    )
    expect(error).toBeInstanceOf(LayerError)
    expect(messageLines((error as LayerError).files).join('\n')).toMatch(
      new RegExp(`^riverside\\.zip/layer\\.yaml:${line}:\\d+: error: .*colour-scheme`, 'm'),
    )
  })
})
