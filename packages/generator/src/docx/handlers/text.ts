/**
 * `text` → `w:r`: `{ type: 'text', value: 'a b' }` → `<w:r><w:t xml:space="preserve">a b</w:t></w:r>`.
 *
 * Note: in mdast a line ending inside a text node is a soft break, which Markdown renders as a
 * space; hard breaks arrive as `break` nodes (see `break.ts`). So a `\n` here becomes a space,
 * never `w:br`, and the DOCX reads as the Markdown does.
 */
import { type ParagraphChild, TextRun } from 'docx'
import type { Text } from 'mdast'
import { assertXmlText } from '../assert-xml-text.js'
import type { DocxState, RunFormat } from '../docx-state.js'

export function text(node: Text, state: DocxState, format: RunFormat): ParagraphChild[] {
  assertXmlText(node.value, state.documentId)
  return [new TextRun({ ...format, text: node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ') })]
}
