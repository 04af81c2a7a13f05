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

const isBlank = (char: string | undefined) => char === ' ' || char === '\t' || char === '\r'

/**
 * Fold each line ending, with the spaces and tabs around it, into one space. Note: a loop, not
 * `/[ \t]*\r?\n[ \t]*\/g`, whose backtracking is quadratic on a long run of tabs.
 */
export function foldLineEndings(value: string): string {
  if (!value.includes('\n')) return value
  const lines = value.split('\n')
  return lines
    .map((line, index) => {
      let start = 0
      let end = line.length
      if (index > 0) while (start < end && isBlank(line[start])) start++
      if (index < lines.length - 1) while (end > start && isBlank(line[end - 1])) end--
      return line.slice(start, end)
    })
    .join(' ')
}

export function text(node: Text, state: DocxState, format: RunFormat): ParagraphChild[] {
  assertXmlText(node.value, state.documentId)
  return [new TextRun({ ...format, text: foldLineEndings(node.value) })]
}
