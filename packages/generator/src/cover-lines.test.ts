import { describe, expect, it } from 'vitest'
import { coverLines, coverParagraphs } from './cover-lines.js'

const cover = {
  authority: 'Anytown Council',
  title: 'Cleaning',
  reference: '',
  date: '1 June 2026',
}

describe('coverLines', () => {
  it('should leave out the reference when it is not answered, rather than print its label', () => {
    expect(coverLines({ cover })).toEqual([
      { value: 'Anytown Council', bold: true },
      { value: 'Cleaning', bold: false },
      { label: 'Date:', value: '1 June 2026', bold: false },
    ])
    expect(coverLines({ cover: { ...cover, reference: 'AC/1' } })[2]).toEqual({
      label: 'Reference:',
      value: 'AC/1',
      bold: false,
    })
  })

  it('should give the Markdown and the preview one paragraph per line, labels in bold', () => {
    expect(coverParagraphs({ cover }).map((paragraph) => paragraph.children)).toEqual([
      [{ type: 'strong', children: [{ type: 'text', value: 'Anytown Council' }] }],
      [{ type: 'text', value: 'Cleaning' }],
      [
        { type: 'strong', children: [{ type: 'text', value: 'Date:' }] },
        { type: 'text', value: ' 1 June 2026' },
      ],
    ])
  })
})
