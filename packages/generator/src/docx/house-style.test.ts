import { describe, expect, it } from 'vitest'
import type { HouseStyle } from '../house-style.js'
import { paragraphs, readDocx } from './test-read-docx.js'
import { sampleTree } from './test-tree.js'
import { toDocx } from './to-docx.js'

// A 1×1 PNG, and a small SVG.
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR42mNgAAIAAAUAAen63NgAAAAASUVORK5CYII=',
  ),
  (char) => char.charCodeAt(0),
)
const SVG = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#1d70b8"/></svg>',
)
const logo = (type: 'png' | 'svg'): NonNullable<HouseStyle['logo']> => ({
  type,
  data: type === 'png' ? PNG : SVG,
  width: 120,
  height: 60,
  altText: 'Anytown Council logo',
})
const build = async (houseStyle?: HouseStyle) =>
  readDocx(await toDocx(sampleTree(), { date: '2026-06-01', ...(houseStyle && { houseStyle }) }))

describe('house style', () => {
  it('should change no byte without a house style, or with an empty one', async () => {
    const plain = await toDocx(sampleTree(), { date: '2026-06-01' })
    expect(await toDocx(sampleTree(), { date: '2026-06-01', houseStyle: {} })).toEqual(plain)
  })

  it('should put a PNG logo in word/media and refer to it from the first paragraph of the cover', async () => {
    const parts = await build({ logo: logo('png') })
    const media = Object.keys(parts).filter((name) => name.startsWith('word/media/'))
    expect(media).toHaveLength(1)
    const first = paragraphs(parts['word/document.xml'] ?? '')[0] ?? ''
    const embed = first.match(/<a:blip r:embed="([^"]+)"/)?.[1]
    expect(embed).toBeDefined()
    expect(first).toContain('descr="Anytown Council logo"')
    expect(parts['word/_rels/document.xml.rels']).toContain(
      `Id="${embed}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/${media[0]?.slice('word/media/'.length)}"`,
    )
    // 120 × 60 pixels at 9,525 EMU each.
    expect(first).toContain('<wp:extent cx="1143000" cy="571500"/>')
  })

  it('should embed an SVG logo with a PNG fallback', async () => {
    const parts = await build({ logo: logo('svg') })
    const media = Object.keys(parts).filter((name) => name.startsWith('word/media/'))
    expect(media.map((name) => name.split('.').at(-1)).sort()).toEqual(['png', 'svg'])
    expect(paragraphs(parts['word/document.xml'] ?? '')[0]).toMatch(
      /<asvg:svgBlip [^>]*r:embed="[^"]+"/,
    )
  })

  it('should give the same bytes twice with a logo (drawing ids from 1)', async () => {
    const first = await toDocx(sampleTree(), { houseStyle: { logo: logo('png') } })
    const second = await toDocx(sampleTree(), { houseStyle: { logo: logo('png') } })
    expect(second).toEqual(first)
    expect(readDocx(first)['word/document.xml']).toContain('<wp:docPr id="1"')
  })

  it('should write a header only when a header line is given, on every page after the first', async () => {
    const plain = await build()
    expect(Object.keys(plain).filter((name) => name.startsWith('word/header'))).toEqual([])
    expect(plain['word/document.xml']).not.toContain('<w:titlePg')
    const parts = await build({ headerLine: 'Anytown Council · OFFICIAL' })
    const headers = Object.keys(parts).filter((name) => name.startsWith('word/header'))
    expect(headers).toHaveLength(1)
    expect(parts[headers[0] ?? '']).toContain('>Anytown Council · OFFICIAL<')
    const section = parts['word/document.xml']?.match(/<w:sectPr>.*<\/w:sectPr>/)?.[0] ?? ''
    expect(section).toMatch(/<w:headerReference w:type="default"/)
    expect(section).not.toMatch(/<w:headerReference w:type="first"/)
    expect(section).toContain('<w:titlePg/>')
    // The first page keeps its footer: page numbers and provenance.
    expect(section).toMatch(/<w:footerReference w:type="first"/)
  })

  it('should carry the heading font and colour in the heading styles and the body font in the defaults', async () => {
    const styles =
      (await build({ headingFont: 'Georgia', headingColour: '1D70B8', bodyFont: 'Verdana' }))[
        'word/styles.xml'
      ] ?? ''
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3']) {
      const style = styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`))?.[0]
      expect(style, id).toMatch(/<w:rFonts w:ascii="Georgia"/)
      expect(style, id).toContain('<w:color w:val="1D70B8"/>')
    }
    expect(styles.match(/<w:docDefaults>.*?<\/w:docDefaults>/)?.[0]).toContain(
      '<w:rFonts w:ascii="Verdana"',
    )
  })

  it('should print the cover lines under the title, in order', async () => {
    const doc = (await build({ coverLines: ['Place Directorate', 'OFFICIAL'] }))[
      'word/document.xml'
    ]
    const texts = paragraphs(doc ?? '')
      .slice(0, 4)
      .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)</g)].map((m) => m[1]).join(''))
    expect(texts).toEqual([
      'Contract Schedule',
      'Place Directorate',
      'OFFICIAL',
      'Anytown Borough Council',
    ])
  })
})
