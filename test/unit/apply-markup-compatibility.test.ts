/**
 * The Markup Compatibility step run before the schema check (`e2e/ooxml-schema.test.ts`), on small
 * parts: what it removes, what it keeps for the schema to judge, and what it refuses.
 */
import { describe, expect, it } from 'vitest'
import { applyMarkupCompatibility } from '../support/apply-markup-compatibility.js'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml'
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml'
const WPS = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape'
const V = 'urn:schemas-microsoft-com:vml'
const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'

describe('applyMarkupCompatibility', () => {
  it('should return a part without Markup Compatibility as it is', () => {
    const part = `${declaration}\n<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t xml:space="preserve">A &amp; B &lt; C</w:t></w:r></w:p><w:sectPr/></w:body></w:document>`
    expect(applyMarkupCompatibility(part)).toBe(part)
  })

  it('should remove the attributes, elements and declarations of ignorable namespaces', () => {
    const part = `<w:document xmlns:w="${W}" xmlns:mc="${MC}" xmlns:w14="${W14}" xmlns:w15="${W15}" mc:Ignorable="w14 w15"><w:body><w:p w14:paraId="1A2B3C4D" w14:textId="77777777"><w:pPr><w15:collapsed><w:b/></w15:collapsed></w:pPr><w:r><w:t>kept</w:t></w:r></w:p></w:body></w:document>`
    expect(applyMarkupCompatibility(part)).toBe(
      `<w:document xmlns:w="${W}" xmlns:mc="${MC}"><w:body><w:p><w:pPr></w:pPr><w:r><w:t>kept</w:t></w:r></w:p></w:body></w:document>`,
    )
  })

  it('should remove the w15 attribute docx writes on w:abstractNum', () => {
    const part = `<w:numbering xmlns:w="${W}" xmlns:mc="${MC}" xmlns:w15="${W15}" mc:Ignorable="w15"><w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:multiLevelType w:val="hybridMultilevel"/></w:abstractNum></w:numbering>`
    expect(applyMarkupCompatibility(part)).toBe(
      `<w:numbering xmlns:w="${W}" xmlns:mc="${MC}"><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/></w:abstractNum></w:numbering>`,
    )
  })

  it('should replace AlternateContent by its Fallback, nested ones too, and drop one without', () => {
    const part = `<w:r xmlns:w="${W}" xmlns:mc="${MC}" xmlns:wps="${WPS}" xmlns:v="${V}"><mc:AlternateContent>
  <mc:Choice Requires="wps"><wps:wsp/></mc:Choice>
  <mc:Fallback><w:pict><mc:AlternateContent><mc:Choice Requires="wps"><wps:wsp/></mc:Choice><mc:Fallback><v:rect/></mc:Fallback></mc:AlternateContent></w:pict></mc:Fallback>
</mc:AlternateContent><mc:AlternateContent><mc:Choice Requires="wps"><wps:wsp/></mc:Choice></mc:AlternateContent><w:t>after</w:t></w:r>`
    expect(applyMarkupCompatibility(part)).toBe(
      `<w:r xmlns:w="${W}" xmlns:mc="${MC}" xmlns:wps="${WPS}" xmlns:v="${V}"><w:pict><v:rect/></w:pict><w:t>after</w:t></w:r>`,
    )
  })

  it('should choose the first Choice whose required namespaces are all understood', () => {
    const part = `<w:r xmlns:w="${W}" xmlns:mc="${MC}" xmlns:wps="${WPS}" xmlns:v="${V}"><mc:AlternateContent><mc:Choice Requires="wps"><wps:wsp/></mc:Choice><mc:Choice Requires="v"><v:oval/></mc:Choice><mc:Fallback><v:rect/></mc:Fallback></mc:AlternateContent></w:r>`
    expect(applyMarkupCompatibility(part)).toBe(
      `<w:r xmlns:w="${W}" xmlns:mc="${MC}" xmlns:wps="${WPS}" xmlns:v="${V}"><v:oval/></w:r>`,
    )
  })

  it('should carry namespace declarations from a removed AlternateContent onto its content', () => {
    const part = `<w:r xmlns:w="${W}"><mc:AlternateContent xmlns:mc="${MC}" xmlns:v="${V}"><mc:Fallback><v:rect/><v:oval/></mc:Fallback></mc:AlternateContent></w:r>`
    expect(applyMarkupCompatibility(part)).toBe(
      `<w:r xmlns:w="${W}"><v:rect xmlns:mc="${MC}" xmlns:v="${V}"/><v:oval xmlns:mc="${MC}" xmlns:v="${V}"/></w:r>`,
    )
  })

  it('should leave a namespace that is not declared ignorable for the schema to reject', () => {
    const part = `<w:p xmlns:w="${W}" xmlns:mc="${MC}" xmlns:w14="${W14}" xmlns:x="urn:example:unknown" mc:Ignorable="w14"><x:note x:level="1"><w:r/></x:note><w:r x:mark="yes"/></w:p>`
    expect(applyMarkupCompatibility(part)).toBe(
      `<w:p xmlns:w="${W}" xmlns:mc="${MC}" xmlns:x="urn:example:unknown"><x:note x:level="1"><w:r/></x:note><w:r x:mark="yes"/></w:p>`,
    )
  })

  it('should never ignore a namespace the transitional schemas define, even if listed', () => {
    const part = `<w:p xmlns:w="${W}" xmlns:mc="${MC}" mc:Ignorable="w"><w:r><w:t>kept</w:t></w:r></w:p>`
    expect(applyMarkupCompatibility(part)).toBe(
      `<w:p xmlns:w="${W}" xmlns:mc="${MC}"><w:r><w:t>kept</w:t></w:r></w:p>`,
    )
  })

  it('should keep the content of an ignorable element that ProcessContent names', () => {
    const part = `<w:body xmlns:w="${W}" xmlns:mc="${MC}" xmlns:w14="${W14}" mc:Ignorable="w14" mc:ProcessContent="w14:wrapper"><w14:wrapper><w:p/></w14:wrapper><w14:other><w:p/></w14:other></w:body>`
    expect(applyMarkupCompatibility(part)).toBe(
      `<w:body xmlns:w="${W}" xmlns:mc="${MC}"><w:p/></w:body>`,
    )
  })

  it('should apply mc:Ignorable on an inner element to its subtree only', () => {
    const part = `<w:body xmlns:w="${W}" xmlns:mc="${MC}" xmlns:w14="${W14}"><w:p mc:Ignorable="w14" w14:paraId="1"/><w:p w14:paraId="2"/></w:body>`
    expect(applyMarkupCompatibility(part)).toBe(
      `<w:body xmlns:w="${W}" xmlns:mc="${MC}" xmlns:w14="${W14}"><w:p/><w:p w14:paraId="2"/></w:body>`,
    )
  })

  it('should write text and attribute values escaped as they were read', () => {
    const part = `<w:p xmlns:w="${W}"><w:r w:rsidR="a&quot;b&lt;c"><w:t><![CDATA[x < y & z]]></w:t></w:r></w:p>`
    expect(applyMarkupCompatibility(part)).toBe(
      `<w:p xmlns:w="${W}"><w:r w:rsidR="a&quot;b&lt;c"><w:t>x &lt; y &amp; z</w:t></w:r></w:p>`,
    )
  })

  it.each([
    ['a part that is not well-formed', `<w:p xmlns:w="${W}"><w:r></w:p>`, /unexpected close tag/],
    [
      'a DOCTYPE',
      `<!DOCTYPE w:p [<!ENTITY x "y">]><w:p xmlns:w="${W}"/>`,
      /DOCTYPE, which ISO\/IEC 29500-2/,
    ],
    [
      'an undeclared ignorable prefix',
      `<w:p xmlns:w="${W}" xmlns:mc="${MC}" mc:Ignorable="w99"/>`,
      /"w99", which is not declared/,
    ],
    [
      'a namespace that must be understood',
      `<w:p xmlns:w="${W}" xmlns:mc="${MC}" xmlns:w14="${W14}" mc:MustUnderstand="w14"/>`,
      /must be understood in namespace "w14"/,
    ],
  ])('should refuse %s', (_, part, message) => {
    expect(() => applyMarkupCompatibility(part)).toThrow(message)
  })
})
