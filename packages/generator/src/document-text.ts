/**
 * The text of a generated document, as `verify` hashes it to tell whether it was edited. See
 * docs/decisions.md ("What the text hash covers") for why each format has its own definition.
 *
 * - Markdown: everything after the line that closes the front matter, with CRLF and lone CR
 *   line endings read as LF (git on Windows converts them).
 * - DOCX: the text of `word/document.xml` as Word shows it with every tracked change accepted:
 *   each paragraph's `w:t` text (`w:tab` as a tab, `w:br` and `w:cr` as LF), one LF after each
 *   paragraph, in document order. Deleted text (`w:delText`), field codes, comments, the footer
 *   and the properties are not text. See `docx/docx-text.ts`.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/** Line endings as git on Windows may write them, read as LF. */
export const toLf = (text: string) => text.replace(/\r\n?/g, '\n')

/** SHA-256 (hex) of a document's text as UTF-8. */
export const textSha256 = (text: string) => bytesToHex(sha256(utf8ToBytes(text)))
