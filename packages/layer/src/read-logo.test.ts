import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readLogo } from './read-logo.js'

const example = (name: string) =>
  new Uint8Array(
    readFileSync(new URL(`../../../examples/layer-riverside/house-style/${name}`, import.meta.url)),
  )
const svg = (text: string) => new TextEncoder().encode(text)

describe('readLogo', () => {
  it('reads the example PNG’s size from its IHDR chunk', () => {
    expect(readLogo(example('logo.png'), 'Riverside')).toMatchObject({
      type: 'png',
      width: 240,
      height: 80,
      altText: 'Riverside',
    })
  })

  it('reads the example SVG’s size from its width and height', () => {
    expect(readLogo(example('logo.svg'), 'Riverside')).toMatchObject({
      type: 'svg',
      width: 240,
      height: 80,
    })
  })

  it('reads an SVG’s size from its viewBox, and scales a large logo down into the cover’s box', () => {
    const logo = readLogo(
      svg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 400"/>'),
      'x',
    )
    expect(logo).toMatchObject({ width: 240, height: 80 })
    const tall = readLogo(svg('<svg width="100px" height="400px"/>'), 'x')
    expect(tall).toMatchObject({ width: 24, height: 96 })
  })

  it.each([
    ['a GIF', new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]), 'a logo is a PNG or an SVG'],
    ['an SVG with no size', svg('<svg/>'), 'its size cannot be read'],
    [
      'an SVG with an entity',
      svg('<!DOCTYPE svg [<!ENTITY a "b">]><svg width="1" height="1">&a;</svg>'),
      'DOCTYPE',
    ],
    ['XML that is not SVG', svg('<html width="1" height="1"/>'), 'neither a PNG nor an SVG'],
    ['broken XML', svg('<svg width="1" height="1">'), 'not well-formed XML'],
    ['a PNG of 20,000 pixels', pngHeader(20_000, 10), 'not between 1 and 10000 pixels'],
    ['a PNG without IHDR', pngHeader(10, 10, 'IDAT'), 'its first chunk is not IHDR'],
  ])('refuses %s, saying why', (_, bytes, problem) => {
    expect(readLogo(bytes, 'x')).toContain(problem)
  })
})

/** The first 24 bytes of a PNG: signature, then a chunk header and its width and height. */
function pngHeader(width: number, height: number, chunk = 'IHDR'): Uint8Array {
  const bytes = new Uint8Array(33)
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
  bytes.set(new TextEncoder().encode(chunk), 12)
  const view = new DataView(bytes.buffer)
  view.setUint32(16, width)
  view.setUint32(20, height)
  return bytes
}
