/**
 * Normalise a template file's text: strip a byte-order mark and turn CRLF or CR into LF, so a
 * file saved on Windows compiles to the same bytes.
 */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}
