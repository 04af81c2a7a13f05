import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { LayerLoad } from './layer-loader.js'

const example = path.resolve(import.meta.dirname, '../../../../examples/layer-riverside')

/** The example layer folder zipped, with `change` applied to its files by path. */
function exampleZip(change: (files: Record<string, Uint8Array>) => void = () => {}): Uint8Array {
  const files: Record<string, Uint8Array> = {}
  for (const entry of readdirSync(example, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    files[path.relative(example, full)] = new Uint8Array(readFileSync(full))
  }
  change(files)
  return zipSync(files)
}

let loadLayer: (fileName: string, bytes: Uint8Array) => Promise<LayerLoad>
beforeAll(async () => {
  // Note: Node has no Trusted Types; this stand-in policy passes what it is given.
  vi.stubGlobal('trustedTypes', {
    createPolicy: (_name: string, rules: { createScript: (text: string) => string }) => rules,
  })
  loadLayer = (await import('./layer-loader.js')).loadLayer
})

describe('loadLayer', () => {
  it('should lay the example layer over the library and summarise it', async () => {
    const load = await loadLayer('riverside.zip', exampleZip())
    if (!('layer' in load)) throw new Error(load.problems.join('\n'))
    const { layer } = load
    expect(layer.summary.name).toBe('@riverside-council/betterforus-layer')
    expect(layer.summary.version).toBe('1.0.0')
    expect(layer.summary.libraryRange).toBe('^1.1.0')
    expect(layer.summary.houseStyle).toEqual({
      headingFont: 'Georgia',
      bodyFont: 'Verdana',
      headingColour: '#005EA5',
      logo: 'house-style/logo.png',
      coverLines: ['Procurement and Commissioning', 'Town Hall, Riverside'],
      headerLine: 'Riverside Borough Council · Social value and fair work',
    })
    expect(layer.summary.additions).toEqual([
      expect.stringMatching(
        /\(riverside-social-value-board\): in “.+”, after .+\(sv-contract-conditions\)$/,
      ),
    ])
    expect(layer.summary.replacements).toEqual([
      expect.stringMatching(
        /\(riverside-rlw-require\) stands in for pay-rlw-require, versions \^1\.0\.0-2, reviewed at 1\.0\.0-2$/,
      ),
    ])
    expect(layer.summary.defaults).toEqual([
      { id: 'authority.name', value: 'Riverside Borough Council' },
      { id: 'authority.nation', value: 'england' },
      { id: 'authority.type', value: 'local-authority' },
    ])
    expect(layer.defaultValues).toEqual({
      'authority.name': 'Riverside Borough Council',
      'authority.nation': 'england',
      'authority.type': 'local-authority',
    })
    const ids = layer.catalog.clauses.map((clause) => clause.meta.id)
    expect(ids).toContain('riverside-social-value-board')
    expect(layer.pack.info).toEqual({
      name: '@riverside-council/betterforus-layer',
      version: '1.0.0',
      logo: 'house-style/logo.png',
    })
    expect(layer.pack.houseStyle.logo?.type).toBe('png')
  })

  it('should name the file, line and column of a problem in layer.yaml', async () => {
    const broken = exampleZip((files) => {
      files['layer.yaml'] = strToU8(
        `colour-scheme: red\n${new TextDecoder().decode(files['layer.yaml'])}`,
      )
    })
    const load = await loadLayer('broken.zip', broken)
    expect('problems' in load && load.problems).toEqual([
      expect.stringMatching(/^broken\.zip\/layer\.yaml:1:\d+: error: .*colour-scheme/),
    ])
  })

  it('should pass on the archive problems, laying nothing', async () => {
    const load = await loadLayer('notes.txt', strToU8('hello'))
    expect('problems' in load && load.problems).toEqual([
      expect.stringMatching(/^notes\.txt: it is neither a zip nor an npm package/),
    ])
  })
})
