/**
 * The Markup Compatibility step (ISO/IEC 29500-3) that a consumer knowing only the transitional
 * schemas applies before it reads a part, as Word does: markup from later Office versions (`w14`,
 * `w15`, … written by Word and the `docx` library) is declared ignorable and dropped, and each
 * `mc:AlternateContent` keeps the one branch such a consumer can read. What is left is what the
 * ISO/IEC 29500 schemas can judge. Streamed through saxes, a conforming namespace-aware XML
 * parser: the part is parsed and written out again, never edited with patterns.
 */
import { type SaxesAttributeNS, SaxesParser, type SaxesTagNS } from 'saxes'

/** The Markup Compatibility namespace (ISO/IEC 29500-3 §7). */
export const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/'
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace'
const ooxml = (path: string) => `http://schemas.openxmlformats.org/${path}`

/**
 * The namespaces the transitional schemas in `test/ooxml/` define: understood, so never ignored
 * even when a part lists them in `mc:Ignorable`, and enough for an `mc:Choice` that requires them.
 */
export const UNDERSTOOD_NAMESPACES: ReadonlySet<string> = new Set([
  '',
  XML_NAMESPACE,
  ...[
    'wordprocessingml/2006/main',
    'officeDocument/2006/relationships',
    'officeDocument/2006/math',
    'officeDocument/2006/sharedTypes',
    'officeDocument/2006/customXml',
    'officeDocument/2006/custom-properties',
    'officeDocument/2006/extended-properties',
    'officeDocument/2006/docPropsVTypes',
    'schemaLibrary/2006/main',
    'drawingml/2006/main',
    'drawingml/2006/wordprocessingDrawing',
    'drawingml/2006/picture',
    'drawingml/2006/chart',
    'drawingml/2006/chartDrawing',
    'drawingml/2006/diagram',
    'drawingml/2006/lockedCanvas',
  ].map(ooxml),
  'urn:schemas-microsoft-com:vml',
  'urn:schemas-microsoft-com:office:office',
  'urn:schemas-microsoft-com:office:word',
  'urn:schemas-microsoft-com:office:excel',
  'urn:schemas-microsoft-com:office:powerpoint',
])

/** An element being read (not inside one dropped with its content). */
interface Frame {
  /** Its tags are written: false for `mc:AlternateContent`, its chosen branch, and the tags of an
   * ignorable element whose content `mc:ProcessContent` keeps. */
  written: boolean
  /** Namespace URIs ignored in its subtree. */
  ignored: ReadonlySet<string>
  /** `{uri}local` or `{uri}*` names whose content is kept when the element is dropped. */
  processContent: ReadonlySet<string>
  /** Namespace declarations in scope that no written element carries yet (from unwritten ones). */
  carried: ReadonlyMap<string, string>
  /** For `mc:AlternateContent`: whether a branch has been chosen. */
  alternate?: { chosen: boolean }
}

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttribute = (text: string) =>
  escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;')
const listed = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean)
const isDeclaration = (attribute: SaxesAttributeNS) => attribute.uri === XMLNS_NAMESPACE

/**
 * Apply Markup Compatibility to one XML part as a consumer that understands only the ISO/IEC 29500
 * transitional namespaces (`UNDERSTOOD_NAMESPACES`):
 * - each namespace listed in `mc:Ignorable` (on the root or any element, for its subtree) and not
 *   understood is ignored: its attributes are removed, and its elements with their content, or
 *   only their tags where `mc:ProcessContent` names them;
 * - each `mc:AlternateContent` is replaced by the content of its first `mc:Choice` whose
 *   `Requires` namespaces are all understood, else of its `mc:Fallback`, else by nothing;
 * - the `mc:` attributes and the declarations of ignored namespaces are removed;
 * - everything else, including the elements and attributes of a namespace that is not declared
 *   ignorable, is kept as it is, for the schema to judge.
 *
 * @param xml The part as text.
 * @returns The part to validate.
 * @throws {Error} If the part is not well-formed namespaced XML, has a DOCTYPE, an `mc:` attribute
 *   names an undeclared prefix, or `mc:MustUnderstand` names a namespace that is not understood.
 */
export function applyMarkupCompatibility(xml: string): string {
  const parser = new SaxesParser({ xmlns: true })
  const out: string[] = []
  const stack: Frame[] = []
  /** Depth inside an element dropped with its content; 0 when reading normally. */
  let dropped = 0
  const uriOf = (prefix: string, attribute: string) => {
    const uri = parser.resolve(prefix)
    if (uri === undefined)
      throw new Error(`mc:${attribute} names the prefix "${prefix}", which is not declared`)
    return uri
  }

  parser.on('error', (error) => {
    throw error
  })
  parser.on('doctype', () => {
    throw new Error('the part has a DOCTYPE, which ISO/IEC 29500-2 forbids in a package part')
  })
  parser.on('xmldecl', ({ version, encoding, standalone }) => {
    const attributes = `${encoding ? ` encoding="${encoding}"` : ''}${standalone ? ` standalone="${standalone}"` : ''}`
    out.push(`<?xml version="${version ?? '1.0'}"${attributes}?>`)
  })
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (dropped > 0) {
      dropped += 1
      return
    }
    const parent = stack[stack.length - 1]
    const attributes = Object.values(tag.attributes)
    const mc = (local: string) =>
      attributes.find((attribute) => attribute.uri === MC_NAMESPACE && attribute.local === local)
        ?.value
    const ignored = new Set(parent?.ignored)
    for (const prefix of listed(mc('Ignorable'))) {
      const uri = uriOf(prefix, 'Ignorable')
      if (!UNDERSTOOD_NAMESPACES.has(uri)) ignored.add(uri)
    }
    const processContent = new Set(parent?.processContent)
    for (const name of listed(mc('ProcessContent'))) {
      const [prefix = '', local = ''] = name.split(':')
      processContent.add(`{${uriOf(prefix, 'ProcessContent')}}${local}`)
    }
    for (const prefix of listed(mc('MustUnderstand'))) {
      if (!UNDERSTOOD_NAMESPACES.has(uriOf(prefix, 'MustUnderstand')))
        throw new Error(`<${tag.name}> must be understood in namespace "${prefix}"; it is not`)
    }
    const carried = new Map(parent?.carried)
    for (const attribute of attributes.filter(isDeclaration))
      carried.set(attribute.prefix === 'xmlns' ? attribute.local : '', attribute.value)
    const unwritten = (alternate?: Frame['alternate']) => {
      stack.push({
        written: false,
        ignored,
        processContent,
        carried,
        ...(alternate && { alternate }),
      })
    }
    const drop = () => {
      dropped = 1
    }

    if (tag.uri === MC_NAMESPACE && tag.local === 'AlternateContent')
      return unwritten({ chosen: false })
    if (parent?.alternate && tag.uri === MC_NAMESPACE) {
      const understood =
        tag.local === 'Fallback' ||
        (tag.local === 'Choice' &&
          listed(tag.attributes.Requires?.value).every((prefix) =>
            UNDERSTOOD_NAMESPACES.has(uriOf(prefix, 'Requires')),
          ))
      if (parent.alternate.chosen || !understood) return drop()
      parent.alternate.chosen = true
      return unwritten()
    }
    if (ignored.has(tag.uri)) {
      const kept =
        processContent.has(`{${tag.uri}}${tag.local}`) || processContent.has(`{${tag.uri}}*`)
      return kept ? unwritten() : drop()
    }

    // Note: RELAX NG does not see namespace declarations; only those of ignored namespaces go.
    const written: string[] = []
    for (const [prefix, uri] of carried) {
      if (ignored.has(uri)) continue
      written.push(` ${prefix === '' ? 'xmlns' : `xmlns:${prefix}`}="${escapeAttribute(uri)}"`)
    }
    for (const attribute of attributes) {
      if (isDeclaration(attribute) || attribute.uri === MC_NAMESPACE || ignored.has(attribute.uri))
        continue
      written.push(` ${attribute.name}="${escapeAttribute(attribute.value)}"`)
    }
    out.push(`<${tag.name}${written.join('')}${tag.isSelfClosing ? '/>' : '>'}`)
    stack.push({ written: true, ignored, processContent, carried: new Map() })
  })
  parser.on('closetag', (tag: SaxesTagNS) => {
    if (dropped > 0) {
      dropped -= 1
      return
    }
    const frame = stack.pop()
    if (frame?.written && !tag.isSelfClosing) out.push(`</${tag.name}>`)
  })
  const keepText = (text: string) => {
    // Note: text directly inside mc:AlternateContent is whitespace between its branches.
    if (dropped === 0 && !stack[stack.length - 1]?.alternate) out.push(escapeText(text))
  }
  parser.on('text', keepText)
  parser.on('cdata', keepText)
  parser.on('processinginstruction', ({ target, body }) => {
    if (dropped === 0) out.push(`<?${target}${body ? ` ${body}` : ''}?>`)
  })
  parser.write(xml).close()
  return out.join('')
}
