/**
 * Characters a value read from a file must not send to a terminal as they are: C0 controls
 * (ESC, CR, line feed…), DEL, C1 controls (CSI…), bidi embeddings, overrides, isolates and marks,
 * and the Unicode line and paragraph separators. Any of them could move the cursor, recolour or
 * reorder text, or start a new line, and so forge a `✓` line.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding these controls is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g

/**
 * A value from a document or a path, safe to print: each unsafe character is written as `\u{…}`
 * (and a backslash that could start such an escape as `\\`), so what a document says is shown,
 * never obeyed.
 *
 * @example
 * printable('a\u001b[2Kb') //=> 'a\\u{1b}[2Kb'
 */
export function printable(value: string): string {
  return value
    .replace(/\\(?=u\{)/g, '\\\\')
    .replace(UNSAFE, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`)
}
