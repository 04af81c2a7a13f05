/**
 * `text` → `w:r`: `{ type: 'text', value: 'a b' }` → `<w:r><w:t xml:space="preserve">a b</w:t></w:r>`.
 *
 * Note: in mdast a line ending inside a text node is a soft break, which Markdown renders as a
 * space; hard breaks arrive as `break` nodes (see `break.ts`). So a `\n` here becomes a space,
 * never `w:br`, and the DOCX reads as the Markdown does.
 */
import type { Text } from 'mdast'
import { assertXmlText } from '../assert-xml-text.js'
import type { DocxState, RunFormat } from '../docx-state.js'
import { run } from '../xml.js'

const LINE_ENDING = /[ \t]*\r?\n[ \t]*/g

export function text(node: Text, state: DocxState, format: RunFormat): string {
  assertXmlText(node.value, state.documentId)
  return run(node.value.replace(LINE_ENDING, ' '), format)
}
