/**
 * Check clause numbering as a client rendered it (LibreOffice's text export writes Word list
 * numbers out, indenting each list level): decimal numbers form a legal outline (clauses 1, 2, 3 …
 * consecutively; 1.1, 1.2 … restarting under each clause; 1.1.1 … under each sub-clause), and each
 * lettered list restarts at (a) and each roman list at (i) (G1).
 *
 * @returns The problems found (empty when the numbering is right) and the clause numbers seen.
 */
export function checkRenderedNumbering(text: string): { problems: string[]; clauses: number[] } {
  const problems: string[] = []
  const clauses: number[] = []
  let outline: number[] = []
  let letter = 0
  let letterIndent = -1
  let roman = 0
  const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii']
  for (const line of text.split('\n')) {
    // Note: only indented lines are numbered paragraphs; the cover, the introduction and table
    // cells (a score such as "3") start at the margin.
    const match = /^( +)(\d+(?:\.\d+)*|\(([a-z]+)\))\s/.exec(line)
    if (!match) continue
    const indent = match[1]?.length ?? 0
    const marker = match[2] ?? ''
    const where = `at ${JSON.stringify(line.trim().slice(0, 60))}`
    const label = match[3]
    if (label === undefined) {
      const number = marker.split('.').map(Number)
      const depth = number.length
      const expected =
        depth === outline.length + 1
          ? [...outline, 1]
          : depth <= outline.length
            ? [...outline.slice(0, depth - 1), (outline[depth - 1] ?? 0) + 1]
            : undefined
      if (expected === undefined || expected.join('.') !== marker) {
        problems.push(
          `${where}: expected ${expected?.join('.') ?? `a number at most ${outline.length + 1} levels deep`} after ${outline.join('.') || 'the start'}`,
        )
      }
      outline = number
      if (depth === 1) clauses.push(number[0] ?? 0)
      letter = 0
      roman = 0
      letterIndent = -1
    } else if (letter > 0 && indent > letterIndent) {
      // A roman list, nested under a lettered item (deeper indent than the letters).
      const expected = romans[roman] ?? '?'
      if (label !== expected)
        problems.push(
          `${where}: expected (${expected}) after (${romans[roman - 1] ?? 'a lettered item'})`,
        )
      roman++
    } else {
      const expected = String.fromCharCode(97 + letter)
      if (label !== expected) {
        problems.push(
          `${where}: expected (${expected}) ${letter === 0 ? `to restart the list after ${outline.join('.')}` : `after (${String.fromCharCode(96 + letter)})`}`,
        )
      }
      letter++
      letterIndent = indent
      roman = 0
    }
  }
  return { problems, clauses }
}
