import { describe, expect, it } from 'vitest'
import { checkXml, paragraphs, readDocx } from './test-read-docx.js'
import {
  bullets,
  clause,
  item,
  note,
  packDocument,
  para,
  ref,
  SHA,
  sampleTree,
  t,
  title,
} from './test-tree.js'
import { toDocx } from './to-docx.js'

const build = async (...args: Parameters<typeof toDocx>) => readDocx(await toDocx(...args))
const numId = (p: string) => p.match(/<w:numId w:val="(\d+)"/)?.[1]
const ilvl = (p: string) => p.match(/<w:ilvl w:val="(\d+)"/)?.[1]
const withText = (doc: string, text: string) =>
  paragraphs(doc).find((p) => p.includes(`>${text}<`)) ?? ''

describe('toDocx', () => {
  it('should write only well-formed XML parts', async () => {
    const parts = await build(sampleTree(), { toc: true })
    for (const [name, xml] of Object.entries(parts)) expect(checkXml(xml), name).toBe(true)
  })

  it('should number clause headings as level 0 of one list in the Heading1 style', async () => {
    const doc = (await build(sampleTree()))['word/document.xml'] ?? ''
    const headings = paragraphs(doc).filter((p) => p.includes('<w:pStyle w:val="Heading1"/>'))
    expect(headings).toHaveLength(2)
    expect(headings.map(ilvl)).toEqual(['0', '0'])
    expect(new Set(headings.map(numId)).size).toBe(1)
    expect(numId(withText(doc, 'The Authority shall pay within 30 days.'))).toBe(
      numId(headings[0] ?? ''),
    )
  })

  it('should put sub-clause headings on level 1 in the Heading2 style', async () => {
    const doc = (await build(sampleTree()))['word/document.xml'] ?? ''
    const p = withText(doc, 'Notice')
    expect(p).toContain('<w:pStyle w:val="Heading2"/>')
    expect(ilvl(p)).toBe('1')
  })

  it('should bind levels 0 and 1 of the legal list to Heading1 and Heading2', async () => {
    const numbering = (await build(sampleTree()))['word/numbering.xml'] ?? ''
    const legal =
      numbering.match(
        /<w:abstractNum [^>]*>(?:(?!<\/w:abstractNum>).)*Heading1.*?<\/w:abstractNum>/,
      )?.[0] ?? ''
    const levels = legal.match(/<w:lvl .*?<\/w:lvl>/g) ?? []
    expect(levels[0]).toMatch(/<w:pStyle w:val="Heading1"\/>.*<w:lvlText w:val="%1"\/>/)
    expect(levels[1]).toMatch(
      /<w:pStyle w:val="Heading2"\/><w:isLgl\/>.*<w:lvlText w:val="%1.%2"\/>/,
    )
    expect(levels[2]).toMatch(/<w:isLgl\/>.*<w:lvlText w:val="%1.%2.%3"\/>/)
    expect(levels[3]).toMatch(
      /<w:numFmt w:val="lowerLetter"\/>.*<w:lvlText w:val="\(%4\)"\/>.*w:hanging="720"/,
    )
    expect(levels[4]).toMatch(/<w:numFmt w:val="lowerRoman"\/>.*<w:lvlText w:val="\(%5\)"\/>/)
  })

  it('should give each lettered list its own w:num that starts at (a)', async () => {
    const parts = await build(sampleTree())
    const doc = parts['word/document.xml'] ?? ''
    const first = numId(withText(doc, 'the order number;'))
    const second = numId(withText(doc, 'first lettered item after a heading;'))
    expect(first).toBeDefined()
    expect(second).not.toBe(first)
    expect(numId(withText(doc, 'the date.'))).toBe(first)
    expect(numId(withText(doc, 'without spaces;'))).toBe(numId(withText(doc, 'in full;')))
    for (const id of [first, second]) {
      expect(parts['word/numbering.xml']).toMatch(
        new RegExp(
          `<w:num w:numId="${id}">.*?<w:lvlOverride w:ilvl="3"><w:startOverride w:val="1"/>`,
        ),
      )
    }
  })

  it('should restart a lettered list after every heading', async () => {
    const tree = packDocument([
      title('T'),
      ...['1', '2', '3'].flatMap((n) => [
        clause(n, `c-${n}`, `Clause ${n}`),
        item(3, '(a)', `a${n}`, true),
        item(3, '(b)', `b${n}`),
      ]),
    ])
    const doc = (await build(tree))['word/document.xml'] ?? ''
    const ids = ['1', '2', '3'].map((n) => numId(withText(doc, `a${n}`)))
    expect(new Set(ids).size).toBe(3)
    expect(['1', '2', '3'].map((n) => numId(withText(doc, `b${n}`)))).toEqual(ids)
  })

  it('should never type the numbers of numbered items into the text', async () => {
    const doc = (await build(sampleTree()))['word/document.xml'] ?? ''
    const numbered = paragraphs(doc).filter((p) => p.includes('<w:numPr>'))
    expect(numbered.length).toBeGreaterThan(8)
    for (const p of numbered) expect(p).not.toMatch(/<w:t[^>]*>\s*(\d+(\.\d+)*|\([a-z]+\))\s/)
  })

  it('should write a REF field to the bookmark as a complex field with the cached number', async () => {
    const doc = (await build(sampleTree()))['word/document.xml'] ?? ''
    expect(doc).toMatch(
      /<w:bookmarkStart w:name="c_payment_terms" w:id="1"\/><w:r><w:t[^>]*>Payment<\/w:t><\/w:r><w:bookmarkEnd w:id="1"\/>/,
    )
    // Note: a complex field, as Word writes it, so pandoc and mammoth keep the number.
    expect(doc).toMatch(
      /<w:r><w:fldChar w:fldCharType="begin"\/><w:instrText>REF c_payment_terms \\h \\w<\/w:instrText><w:fldChar w:fldCharType="separate"\/><\/w:r><w:r><w:t[^>]*>1<\/w:t><\/w:r><w:r><w:fldChar w:fldCharType="end"\/><\/w:r>/,
    )
    expect(doc).not.toContain('<w:fldSimple')
  })

  it('should print a reference into another document as plain text', async () => {
    const doc = (await build(packDocument([title('T'), para([t('see '), ref('x', '7')])])))[
      'word/document.xml'
    ]
    expect(doc).toContain('>7 of the Other Schedule<')
    expect(doc).not.toContain('REF ')
  })

  it('should anchor a drafting note as a comment on its clause heading', async () => {
    const parts = await build(sampleTree('drafter'))
    expect(parts['word/comments.xml']).toMatch(/w:author="BetterForUs"[^>]*|w:initials="BFU"/)
    expect(parts['word/comments.xml']).toContain('Drafting note: ')
    expect(parts['word/comments.xml']).toContain('Check the payment period with finance.')
    const heading = withText(parts['word/document.xml'] ?? '', 'Payment')
    expect(heading).toMatch(
      /<w:commentRangeStart w:id="0"\/>.*<w:commentRangeEnd w:id="0"\/><w:r><w:commentReference w:id="0"\/>/,
    )
    expect(parts['word/document.xml']).not.toContain('Check the payment period')
  })

  it('should write a risk note as a comment headed "Risk note:"', async () => {
    const tree = packDocument(
      [title('T'), clause('1', 'pay', 'Pay'), note('risk', 'Late payment risk.', 'pay')],
      'drafter',
    )
    expect((await build(tree))['word/comments.xml']).toMatch(
      /Risk note: <\/w:t>.*Late payment risk\./,
    )
  })

  it('should box the notice in the Note style at the top', async () => {
    const doc = (await build(sampleTree('drafter'), { toc: true }))['word/document.xml'] ?? ''
    expect(withText(doc, 'This pack is not legal advice.')).toContain('<w:pStyle w:val="Note"/>')
    expect(doc.indexOf('not legal advice')).toBeLessThan(doc.indexOf('TOC \\h'))
  })

  it('should write no comment and no note text for a tree without notes', async () => {
    const parts = await build(sampleTree('issue'))
    expect(parts['word/comments.xml'] ?? '').not.toContain('<w:comment ')
    const all = Object.values(parts).join('\n')
    for (const text of ['Drafting note', 'Risk note', 'not legal advice', 'commentReference'])
      expect(all).not.toContain(text)
  })

  it('should fill the table of contents with the numbered headings', async () => {
    const doc = (await build(sampleTree(), { toc: true }))['word/document.xml'] ?? ''
    expect(doc).toContain('TOC \\h \\o &quot;1-3&quot;')
    expect(doc).toMatch(/w:anchor="c_payment_terms">.*?>1 Payment</)
    expect(doc).toContain('>2.1 Notice<')
  })

  it('should write the provenance into custom properties, core properties and the footer', async () => {
    const parts = await build(sampleTree(), { date: '2026-06-01' })
    const custom = parts['docProps/custom.xml'] ?? ''
    for (const [name, value] of [
      ['library', '@betterforus/clauses@1.0.0'],
      ['answersSha256', SHA],
      ['clauses', 'payment-terms@1.0.0, remedy-rectification@1.0.0'],
      ['copy', 'drafter'],
      ['regime', 'PA23'],
    ])
      expect(custom).toContain(`name="${name}"><vt:lpwstr>${value}</vt:lpwstr>`)
    expect(parts['docProps/core.xml']).toContain('<dc:creator>BetterForUs</dc:creator>')
    expect(parts['docProps/core.xml']).toContain('>2026-06-01T00:00:00Z</dcterms:created>')
    expect(parts['word/footer1.xml']).toContain(
      `@betterforus/clauses@1.0.0 · answers ${SHA.slice(0, 12)}<`,
    )
    expect(parts['word/footer1.xml']).toMatch(/PAGE<.*NUMPAGES</)
  })

  it('should turn a soft line ending in text into a space, as Markdown renders it', async () => {
    const doc = (await build(packDocument([title('T'), para('one\ntwo')])))['word/document.xml']
    expect(doc).toMatch(/>one two</)
    expect(doc).not.toContain('<w:br/>')
  })

  it('should repeat a bold header row in a bordered table', async () => {
    const doc = (await build(sampleTree()))['word/document.xml'] ?? ''
    expect(doc).toContain('<w:tblBorders>')
    expect(doc).toMatch(/<w:tblHeader\/><\/w:trPr><w:tc>.*?<w:b\/>.*?>Item</)
    expect(doc).toContain('<w:gridCol w:w="4513"/><w:gridCol w:w="4513"/>')
  })

  it('should throw on a character XML 1.0 forbids', async () => {
    await expect(toDocx(packDocument([title('T'), para('bad\u000Bchar')]))).rejects.toThrow(
      /U\+000B in document `doc-contract-schedule`/,
    )
    await expect(toDocx(packDocument([title('T'), para('bad\uFFFF')]))).rejects.toThrow(/U\+FFFF/)
    await expect(toDocx(packDocument([title('T'), para('bad\uD800x')]))).rejects.toThrow(/U\+D800/)
  })

  it('should throw a clear error on an unknown node type', async () => {
    const tree = packDocument([title('T'), { type: 'code', value: 'x' }])
    await expect(toDocx(tree)).rejects.toThrow(
      'Cannot convert mdast node `code` in document `doc-contract-schedule`',
    )
  })

  it('should not change the tree', async () => {
    const tree = sampleTree()
    const before = structuredClone(tree)
    await toDocx(tree, { toc: true })
    expect(tree).toEqual(before)
  })

  it('should reject a date that is not ISO', async () => {
    await expect(toDocx(sampleTree(), { date: '1 June 2026' })).rejects.toThrow(TypeError)
  })

  it('should switch off the style numbering on an unnumbered heading', async () => {
    const tree = packDocument([
      title('T'),
      { type: 'heading', depth: 2, children: [t('Schedule')] },
    ])
    expect(withText((await build(tree))['word/document.xml'] ?? '', 'Schedule')).toContain(
      '<w:numId w:val="0"/>',
    )
  })

  it('F16: marks an all right-to-left paragraph bidirectional, and no mixed one', async () => {
    const tree = packDocument([title('T'), para('مجلس مدينة لندن'), para('Council مجلس')])
    const doc = (await build(tree))['word/document.xml'] ?? ''
    expect(withText(doc, 'مجلس مدينة لندن')).toMatch(/<w:bidi\/>.*<w:rtl\/>/)
    expect(withText(doc, 'Council مجلس')).not.toContain('<w:bidi/>')
  })

  it('should write bullets on the bullet list', async () => {
    const doc =
      (await build(packDocument([title('T'), bullets('a', 'b')])))['word/document.xml'] ?? ''
    expect(ilvl(withText(doc, 'a'))).toBe('0')
  })
})
