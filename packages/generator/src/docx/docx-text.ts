import { SaxesParser } from 'saxes'

/** The WordprocessingML main namespace. */
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/**
 * The text of `word/document.xml`.
 *
 * @throws {Error} When the XML is not well-formed (saxes' message, with line and column).
 */
export function docxText(documentXml: string): string {
  const parser = new SaxesParser({ xmlns: true })
  const out: string[] = []
  // Note: `w:tab` is also a tab stop inside paragraph properties; only a run's child is text.
  const parents: string[] = []
  let inText = 0
  parser.on('opentag', (node) => {
    const name = node.uri === W_NS ? node.local : ''
    if (parents.at(-1) === 'r') {
      if (name === 't') inText += 1
      else if (name === 'tab') out.push('\t')
      else if (name === 'br' || name === 'cr') out.push('\n')
    }
    parents.push(name)
  })
  parser.on('closetag', () => {
    const name = parents.pop()
    if (name === 't' && parents.at(-1) === 'r') inText -= 1
    else if (name === 'p') out.push('\n')
  })
  parser.on('text', (text) => {
    if (inText > 0) out.push(text)
  })
  parser.on('cdata', (text) => {
    if (inText > 0) out.push(text)
  })
  parser.write(documentXml).close()
  return out.join('')
}
