import type { VFile } from 'vfile'
import { reportError } from './report-error.js'

const SAVE_AS = 'save the file as UTF-8 JSON or YAML'

/**
 * Check the size of an upload, then decode it as UTF-8, before any parsing.
 *
 * @param input
 *   Text, or the file's bytes.
 * @param file
 *   Receives the messages.
 * @param maxBytes
 *   Size limit in bytes.
 * @returns
 *   The text without a byte-order mark, or `undefined` when refused.
 */
export function decodeText(
  input: string | Uint8Array,
  file: VFile,
  maxBytes: number,
): string | undefined {
  const size = typeof input === 'string' ? utf8Length(input, maxBytes) : input.byteLength
  if (size > maxBytes) {
    const shown =
      typeof input === 'string' && size > maxBytes
        ? `more than ${maxBytes.toLocaleString('en-GB')}`
        : size.toLocaleString('en-GB')
    reportError(
      file,
      `The file is ${shown} bytes; the limit is ${maxBytes.toLocaleString('en-GB')} bytes. An answers file is far smaller: check that this is the right file`,
      'too-large',
    )
    return undefined
  }
  if (typeof input === 'string') return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  if ((input[0] === 0xfe && input[1] === 0xff) || (input[0] === 0xff && input[1] === 0xfe)) {
    reportError(file, `The file is in UTF-16, which is not supported; ${SAVE_AS}`, 'not-utf8')
    return undefined
  }
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bom ? input.subarray(3) : input,
    )
  } catch {
    reportError(
      file,
      `The file is not text in UTF-8 (is it a binary file, such as a spreadsheet or PDF?); ${SAVE_AS}`,
      'not-utf8',
    )
    return undefined
  }
}

/** UTF-8 length of a string, counting no further than just past `limit`. */
function utf8Length(text: string, limit: number): number {
  let bytes = 0
  for (let index = 0; index < text.length && bytes <= limit; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const low = text.charCodeAt(index + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        bytes += 4
        index++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}
