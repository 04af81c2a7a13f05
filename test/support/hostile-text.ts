/**
 * Text arbitraries for answers: hostile but valid text (bad-inputs F9–F13, F16), and text that
 * validation must refuse (F1–F4, F6, F14, F15, U1).
 */
import fc from 'fast-check'

/** Markdown block syntax, as typed at the start of a line (F9). */
const markdownBlocks = [
  '# ',
  '## Heading',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '1) ',
  '> ',
  '---',
  '***',
  '___',
  '===',
  '    indented code',
  '```',
  '~~~',
  '[ref]: https://example.com',
  '[^1]: a footnote',
  '| a | b |',
  '|---|---|',
  '<div>',
  '<!-- comment -->',
]

/** Inline Markdown and HTML (F10). */
const markdownInline = [
  '*em*',
  '_em_',
  '**strong**',
  '`code`',
  '[link](https://example.com)',
  '[x](javascript:alert(1))',
  '![image](https://example.com/a.png)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '&amp;',
  '&#x41;',
  '\\',
  '\\*',
  '~~struck~~',
  '[ref]',
  '[^1]',
  '<https://example.com>',
]

/** Handlebars typed as an answer (F13). */
const handlebars = [
  '{{authority.name}}',
  '{{{raw}}}',
  '{{> partial}}',
  '{{#if x}}',
  '{{/if}}',
  '{{!-- note --}}',
  '{{@root}}',
  '{{constructor.constructor}}',
]

/** Pipes, bare URLs and e-mail addresses (F11, F12). */
const linksAndPipes = [
  '|',
  ' | ',
  '\\|',
  'https://example.com/path?a=1',
  'www.example.com',
  'user@example.com',
  'mailto:a@b.co',
]

/** Right-to-left scripts, emoji and joiner sequences, Welsh, decomposed text (F5, F16). */
const scripts = [
  'مرحبا بالعالم',
  'שלום',
  'Ynys Môn',
  'Caerdydd ŵ ŷ',
  '👩‍💻',
  '🏴\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}',
  'Cafe\u0301',
  '日本語',
  'ﬁ',
]

const characters = [...'aZ9 .,()!?-_*#><&"\':/=+~^$%@;[]{}`'.split(''), '\t', '  ']

/** Pieces a single-line answer is made of. */
const lineUnits = [
  ...markdownBlocks,
  ...markdownInline,
  ...handlebars,
  ...linksAndPipes,
  ...scripts,
  ...characters,
]

/**
 * Pieces only a multi-line answer may hold: line breaks (CR LF and CR too, which validation turns
 * into LF), Markdown block syntax after a break, and balanced bidirectional controls (F3, F7).
 */
const multilineUnits = [
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\n    ',
  '\n# ',
  '\n- ',
  '\n> ',
  '\n1. ',
  '\n  ',
  '\u2067مرحبا\u2069',
  '\u202Bשלום\u202C',
]

/** The length of a text in characters (code points), as validation counts it. */
export const codePoints = (text: string): number => Array.from(text).length

/**
 * The normalisation validation applies to text (documented in `parseAnswers`): line endings to
 * LF, Unicode NFC, and spaces, tabs and line breaks trimmed from both ends.
 */
export function normalisedAnswer(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/^[ \t\n]+|[ \t\n]+$/g, '')
}

export interface TextLimits {
  /** Whether the answer may span lines (a long-text question). */
  multiline: boolean
  /** The most characters an answer may have. */
  maxLength: number
}

/**
 * Valid hostile text: Markdown, HTML, Handlebars, pipes, URLs, RTL, emoji and Welsh, never blank,
 * within the length limit after normalisation.
 */
export function hostileText({ multiline, maxLength }: TextLimits): fc.Arbitrary<string> {
  const unit = multiline
    ? fc.oneof(
        { arbitrary: fc.constantFrom(...lineUnits), weight: 5 },
        { arbitrary: fc.constantFrom(...multilineUnits), weight: 2 },
      )
    : fc.constantFrom(...lineUnits)
  // Note: pieces are up to about 40 characters; the filter below drops the rare text over the limit.
  return fc
    .array(unit, { minLength: 1, maxLength: Math.max(2, Math.min(24, Math.floor(maxLength / 8))) })
    .map((units) => units.join(''))
    .filter((text) => {
      const normalised = normalisedAnswer(text)
      return normalised !== '' && codePoints(normalised) <= maxLength
    })
}

/** A character validation refuses, with what it is (for test messages). */
interface ForbiddenCharacter {
  text: string
  what: string
}

const forbiddenEverywhere: ForbiddenCharacter[] = [
  ...[0x00, 0x01, 0x07, 0x08, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x85, 0x9f].map((code) => ({
    text: String.fromCharCode(code),
    what: 'a C0 or C1 control (F1)',
  })),
  ...['\uFFFE', '\uFFFF', '\uFDD0', '\u{1FFFE}', '\u{10FFFF}'].map((text) => ({
    text,
    what: 'a noncharacter (F2)',
  })),
  ...['\uD800', '\uDBFF', '\uDC00', '\uDFFF'].map((text) => ({
    text,
    what: 'a lone surrogate (U1)',
  })),
  ...['\uE000', '\uF8FF', '\u{F0000}', '\u{10FFFD}'].map((text) => ({
    text,
    what: 'a private-use character (F14)',
  })),
  ...['\u2028', '\u2029'].map((text) => ({ text, what: 'a Unicode line separator' })),
]

const forbiddenInOneLine: ForbiddenCharacter[] = [
  ...['\n', '\r', '\r\n'].map((text) => ({
    text,
    what: 'a line break in a single-line answer (F6)',
  })),
  ...['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'].map(
    (text) => ({ text, what: 'a bidirectional control in a single-line answer (F3)' }),
  ),
  ...['\u200B', '\u2060', '\uFEFF', '\u200C', '\u200D'].map((text) => ({
    text,
    what: 'a zero-width character in a single-line answer (F4)',
  })),
]

/** Bidirectional controls that open or close nothing on their line (F3, in multi-line text). */
const unbalancedBidi: ForbiddenCharacter[] = ['\u202E', '\u2067', '\u202C', '\u2069'].map(
  (text) => ({ text, what: 'an unbalanced bidirectional control (F3)' }),
)

/**
 * Valid hostile text with one refused character put inside it, between two ASCII letters (so
 * trimming cannot remove it and a joiner joins nothing).
 */
export function textWithForbiddenCharacter(
  limits: TextLimits,
): fc.Arbitrary<{ text: string; what: string }> {
  const forbidden = limits.multiline
    ? [...forbiddenEverywhere, ...unbalancedBidi]
    : [...forbiddenEverywhere, ...forbiddenInOneLine]
  return fc
    .tuple(hostileText(limits), fc.constantFrom(...forbidden), fc.nat())
    .map(([text, { text: character, what }, at]) => {
      const points = Array.from(text)
      const index = at % (points.length + 1)
      const spliced = [...points.slice(0, index), `x${character}x`, ...points.slice(index)]
      return { text: spliced.join(''), what }
    })
}

/** Text over the length limit by 1 to 200 characters, or rarely a 100,000-character word (F15). */
export function overlongText({ maxLength }: TextLimits): fc.Arbitrary<string> {
  return fc
    .oneof(
      { arbitrary: fc.integer({ min: maxLength + 1, max: maxLength + 200 }), weight: 9 },
      { arbitrary: fc.constant(Math.max(100_000, maxLength + 1)), weight: 1 },
    )
    .chain((length) =>
      fc.constantFrom('a', 'é', '👩', '#', '|').map((piece) => piece.repeat(length)),
    )
}
