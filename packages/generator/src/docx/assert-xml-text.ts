/**
 * The second line of defence against characters XML 1.0 forbids (C0 controls other than tab, LF
 * and CR, U+FFFE, U+FFFF and lone surrogates). The answers check rejects them upstream; docx
 * 9.15.2 would strip some silently and write others raw, making the file unreadable.
 */

// Note: `u` makes `.` and classes match code points, so a lone surrogate is one match.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding these controls is the point.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u

/**
 * Throw if `text` holds a character outside XML 1.0.
 *
 * @param text The text to write into a `w:t`.
 * @param documentId The pack document, named in the message.
 * @example
 * assertXmlText('A\u000BB', 'doc-spec') //=> throws "Invalid character U+000B …"
 */
export function assertXmlText(text: string, documentId: string): void {
  const match = FORBIDDEN.exec(text)
  if (match === null) return
  const code = (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
  const excerpt = JSON.stringify(text.slice(Math.max(0, match.index - 40), match.index + 40))
  throw new Error(
    `Invalid character U+${code} in document \`${documentId}\` near ${excerpt}: XML 1.0 does not allow it in a DOCX; the answers check should have rejected it, so remove it from the answer.`,
  )
}
