/**
 * Test helper: unzip a DOCX into its parts as text, check a part is well-formed XML (fast-xml-parser), list its paragraphs.
 */
import { XMLValidator } from 'fast-xml-parser'
import { strFromU8, unzipSync } from 'fflate'

export function readDocx(bytes: Uint8Array): Record<string, string> {
  const parts: Record<string, string> = {}
  for (const [name, data] of Object.entries(unzipSync(bytes))) parts[name] = strFromU8(data)
  return parts
}

/** True when `xml` is well-formed, else the validator's message. */
export function checkXml(xml: string): true | string {
  const result = XMLValidator.validate(xml)
  return result === true ? true : `${result.err.msg} at line ${result.err.line}`
}

/** The `w:p` elements of `document.xml`, as XML strings, in order. */
export function paragraphs(documentXml: string): string[] {
  return documentXml.match(/<w:p\b[^>]*?(?:\/>|>[\s\S]*?<\/w:p>)/g) ?? []
}
