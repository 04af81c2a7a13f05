/**
 * `text` → one `w:r` per line: `{ type: 'text', value: 'a\nb' }` →
 * `<w:r><w:t>a</w:t></w:r><w:r><w:br/><w:t>b</w:t></w:r>`.
 *
 * Note: a raw `\n` in `w:t` is not a line break (Word ignores it, LibreOffice shows a space), so
 * each line after the first gets `w:br` (ECMA-376 Part 1, 17.3.3.1).
 */
import { type ParagraphChild, TextRun } from 'docx'
import type { Text } from 'mdast'
import { assertXmlText } from '../assert-xml-text.js'
import type { DocxState, RunFormat } from '../docx-state.js'

export function text(node: Text, state: DocxState, format: RunFormat): ParagraphChild[] {
  assertXmlText(node.value, state.documentId)
  return node.value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(
      (line, index) => new TextRun({ ...format, text: line, ...(index > 0 ? { break: 1 } : {}) }),
    )
}
