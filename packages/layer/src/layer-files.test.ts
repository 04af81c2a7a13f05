import { describe, expect, it } from 'vitest'
import { layerPathProblem, memoryLayerFiles } from './layer-files.js'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('layerPathProblem', () => {
  it.each([
    '../secret',
    'house-style/../../secret',
    '/etc/passwd',
    'C:/Windows/win.ini',
    'house-style\\logo.png',
  ])('refuses %s as leaving the layer', (relative) => {
    expect(layerPathProblem(relative)).toMatch(/leaves the layer folder/)
  })

  it.each(['house-style//logo.png', './logo.png', 'logo.png/'])(
    'refuses %s as not a plain path',
    (relative) => {
      expect(layerPathProblem(relative)).toMatch(/not a plain path/)
    },
  )

  it('accepts a plain path inside the layer', () => {
    expect(layerPathProblem('house-style/logo.png')).toBeUndefined()
  })
})

describe('memoryLayerFiles', () => {
  const files = memoryLayerFiles(
    'riverside.zip',
    new Map([
      ['layer.yaml', bytes('house-style: {}')],
      ['clauses/a.md', bytes('A')],
      ['clauses/deeper/b.md', bytes('B')],
    ]),
  )

  it('names files inside the archive for messages', () => {
    expect(files.pathOf('clauses/a.md')).toBe('riverside.zip/clauses/a.md')
  })

  it('reads a file within its cap, and refuses one over it, or missing, or outside', async () => {
    expect(await files.read('clauses/a.md', 1)).toEqual({ bytes: bytes('A') })
    expect(await files.read('layer.yaml', 4)).toEqual({
      problem: '`layer.yaml` is 15 bytes, over the limit of 4; make it smaller',
    })
    expect(await files.read('defaults.yaml', 100)).toMatchObject({
      problem: expect.stringContaining('does not exist in the layer'),
    })
    expect(await files.read('../layer.yaml', 100)).toMatchObject({
      problem: expect.stringContaining('leaves the layer folder'),
    })
  })

  it('lists the files directly in a folder, the root as the empty folder', async () => {
    expect(await files.list('clauses')).toEqual(['a.md'])
    expect(await files.list('')).toEqual(['layer.yaml'])
    expect(await files.list('house-style')).toEqual([])
  })
})
