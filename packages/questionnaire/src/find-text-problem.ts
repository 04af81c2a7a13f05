/** The first bad character of a text, and how many there are. */
export interface TextProblem {
  ruleId: 'invalid-character' | 'line-break'
  /** The code point (a lone surrogate's code unit). */
  codePoint: number
  /** 1-based position of the character, counted in characters (code points). */
  position: number
  /** How to fix it. */
  fix: string
  /** How many bad characters the text holds in all. */
  count: number
}

const INVISIBLE = 'remove the invisible character'
const BIDI = 'remove it: it makes the displayed text differ from the saved text'
const PRIVATE = 'remove it: private-use characters are reserved by the generator'
const UNCLOSED = `${BIDI} (it is never closed)`
const CLOSES_NOTHING = `${BIDI} (it closes nothing)`
const ONE_LINE = 'write the answer on one line'
const OPENERS: ReadonlySet<number> = new Set([
  0x202a, 0x202b, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068,
])

/**
 * Find characters that must not be in an answer. Runs in linear time.
 *
 * Refused everywhere: C0 and C1 controls other than tab and line feed, lone surrogates,
 * noncharacters and private-use characters. In single-line answers also line breaks,
 * bidirectional embeddings, overrides and isolates, and zero-width characters (a zero-width
 * joiner or non-joiner between two non-ASCII letters or emoji is kept, as in Persian and emoji
 * sequences). In multi-line answers bidirectional controls must be balanced within a line.
 *
 * @param text
 *   The answer, with line endings already turned into `\n`.
 * @param multiline
 *   Whether the answer may span lines.
 * @returns
 *   The first problem, or `undefined`.
 * @example
 *   findTextProblem('a\u000Bb', false)?.position //=> 2
 */
export function findTextProblem(text: string, multiline: boolean): TextProblem | undefined {
  let first: TextProblem | undefined
  let count = 0
  let position = 0
  // Bidi openers not yet closed on this line: code point, position, code point, position, …
  const open: number[] = []
  const report = (ruleId: TextProblem['ruleId'], codePoint: number, at: number, fix: string) => {
    count++
    first ??= { ruleId, codePoint, position: at, fix, count: 0 }
  }
  const closeLine = () => {
    for (let index = 0; index < open.length; index += 2) {
      report('invalid-character', open[index] ?? 0, open[index + 1] ?? 0, UNCLOSED)
    }
    open.length = 0
  }

  for (let index = 0; index < text.length; index++) {
    position++
    let codePoint = text.charCodeAt(index)
    if (codePoint >= 0xd800 && codePoint <= 0xdbff) {
      const low = text.charCodeAt(index + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = (codePoint - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
        index++
      } else {
        report('invalid-character', codePoint, position, INVISIBLE)
        continue
      }
    } else if (codePoint >= 0xdc00 && codePoint <= 0xdfff) {
      report('invalid-character', codePoint, position, INVISIBLE)
      continue
    }

    if (codePoint === 0x0a) {
      if (multiline) closeLine()
      else report('line-break', codePoint, position, ONE_LINE)
    } else if (codePoint === 0x2028 || codePoint === 0x2029) {
      if (multiline)
        report('invalid-character', codePoint, position, 'use an ordinary line break instead')
      else report('line-break', codePoint, position, ONE_LINE)
    } else if (codePoint === 0x09) {
      // Tab is allowed.
    } else if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) {
      report('invalid-character', codePoint, position, INVISIBLE)
    } else if ((codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe) {
      report('invalid-character', codePoint, position, INVISIBLE)
    } else if ((codePoint >= 0xe000 && codePoint <= 0xf8ff) || codePoint >= 0xf0000) {
      report('invalid-character', codePoint, position, PRIVATE)
    } else if (
      (codePoint >= 0x202a && codePoint <= 0x202e) ||
      (codePoint >= 0x2066 && codePoint <= 0x2069)
    ) {
      if (!multiline) report('invalid-character', codePoint, position, BIDI)
      else if (OPENERS.has(codePoint)) open.push(codePoint, position)
      else {
        const top = open.at(-2)
        const isolate = codePoint === 0x2069
        if (top !== undefined && top >= 0x2066 === isolate) open.length -= 2
        else report('invalid-character', codePoint, position, CLOSES_NOTHING)
      }
    } else if (
      !multiline &&
      (codePoint === 0x200b ||
        codePoint === 0x2060 ||
        codePoint === 0xfeff ||
        ((codePoint === 0x200c || codePoint === 0x200d) && !joins(text, index)))
    ) {
      report('invalid-character', codePoint, position, INVISIBLE)
    }
  }
  closeLine()
  return first === undefined ? undefined : { ...first, count }
}

/**
 * Whether the joiner at `index` sits between two visible non-ASCII characters (letters of
 * Arabic or Indic scripts, emoji), where it changes how they join.
 */
function joins(text: string, index: number): boolean {
  const before = text.codePointAt(
    index - 1 >= 0 && isLow(text.charCodeAt(index - 1)) ? index - 2 : index - 1,
  )
  const after = text.codePointAt(index + 1)
  return (
    before !== undefined && after !== undefined && visibleNonAscii(before) && visibleNonAscii(after)
  )
}

function visibleNonAscii(codePoint: number): boolean {
  return (
    codePoint > 0x9f &&
    !(codePoint >= 0x2000 && codePoint <= 0x206f) &&
    !(codePoint >= 0xd800 && codePoint <= 0xdfff) &&
    codePoint !== 0xfeff
  )
}

function isLow(codeUnit: number): boolean {
  return codeUnit >= 0xdc00 && codeUnit <= 0xdfff
}
