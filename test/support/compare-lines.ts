/** A line of expected text, with the clause it belongs to (for failure messages). */
export interface ExpectedLine {
  text: string
  context: string
}

/**
 * Whitespace normalisation shared by every comparison: Unicode NFC, runs of spaces and tabs as one
 * space, trimmed. LibreOffice indents numbered paragraphs by level with spaces, and separates a
 * number from its text with a tab or space; pandoc indents nested list items.
 */
export function normaliseSpace(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[ \t]+/g, ' ')
    .trim()
}

/**
 * Compare two line sequences with a longest-common-subsequence diff, so one missing or extra
 * paragraph is reported once, not as a cascade. Each difference names the clause it is in.
 *
 * @returns One message per line missing from `actual` or extra in it; empty when equal.
 */
export function diffLines(expected: readonly ExpectedLine[], actual: readonly string[]): string[] {
  const n = expected.length
  const m = actual.length
  const width = m + 1
  const table = new Uint32Array((n + 1) * width)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        expected[i]?.text === actual[j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0)
    }
  }
  const messages: string[] = []
  let i = 0
  let j = 0
  let context = expected[0]?.context ?? ''
  while (i < n || j < m) {
    const line = expected[i]
    if (line !== undefined && j < m && line.text === actual[j]) {
      context = line.context
      i++
      j++
    } else if (
      i < n &&
      (j >= m || (table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0))
    ) {
      messages.push(`[clause ${line?.context}] missing: ${JSON.stringify(line?.text)}`)
      i++
    } else {
      messages.push(`[clause ${context}] extra:   ${JSON.stringify(actual[j])}`)
      j++
    }
  }
  return messages
}
