// The CLI lines of a README: every line of a fenced code block that runs `npx betterforus`, with
// a trailing `# comment` removed, so CI can run the README exactly as a reader would.

/**
 * Remove a trailing shell comment: a `#` after white space, outside quotes.
 *
 * @param {string} line
 * @returns {string}
 * @example
 *   stripComment('npx betterforus lint templates   # check every clause')
 *   //=> 'npx betterforus lint templates'
 */
export function stripComment(line) {
  let quote = ''
  for (let index = 0; index < line.length; index++) {
    const character = line[index]
    if (quote) {
      if (character === quote) quote = ''
    } else if (character === '"' || character === "'") {
      quote = character
    } else if (character === '#' && (index === 0 || /\s/.test(line[index - 1] ?? ''))) {
      return line.slice(0, index).trimEnd()
    }
  }
  return line.trimEnd()
}

/**
 * Every `npx betterforus …` line inside the README's fenced code blocks, in order, with its line
 * number.
 *
 * @param {string} markdown The README.
 * @returns {{ line: number, command: string }[]}
 */
export function readmeCliLines(markdown) {
  /** @type {{ line: number, command: string }[]} */
  const lines = []
  let fence = ''
  for (const [index, text] of markdown.split(/\r?\n/).entries()) {
    const opening = /^\s*(`{3,}|~{3,})/.exec(text)
    if (opening?.[1] && (!fence || opening[1].startsWith(fence))) {
      fence = fence ? '' : opening[1]
      continue
    }
    if (fence && /^\s*npx betterforus(\s|$)/.test(text)) {
      lines.push({ line: index + 1, command: stripComment(text.trim()) })
    }
  }
  return lines
}
