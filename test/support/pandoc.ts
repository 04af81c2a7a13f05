import { runTool } from './external-tools.js'

/**
 * A DOCX as pandoc reads it: `pandoc -f docx -t plain --wrap=none`. pandoc keeps `w:br` as a
 * newline, reads multi-level numbering as nested ordered lists (so `1.1` is lost), moves the
 * Title-styled paragraph into metadata (not printed) and ignores comments and footers.
 */
export function docxToPlainText(file: string): string {
  return runTool('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', file])
}

/** A list marker pandoc's plain writer puts before a list item: `1.`, `a.`, `iv.`, `-`. */
const pandocListMarker = /^(?:(?:\d+|[a-z]|[ivxlcdm]+|[A-Z]|[IVXLCDM]+)[.)]|-)\s+/

/**
 * pandoc's plain text as lines, for comparison with the Markdown: blank lines and table rules
 * (lines of dashes) dropped, lines trimmed, and the list marker removed from the first line of
 * each block (a block is the text between blank lines; its later lines are `w:br` breaks).
 */
export function pandocLines(plain: string): string[] {
  const lines: string[] = []
  for (const block of plain.split(/\n[ \t]*\n/)) {
    block
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !/^[-\s]+$/.test(line))
      .forEach((line, index) => {
        lines.push(index === 0 ? line.replace(pandocListMarker, '') : line)
      })
  }
  return lines
}
