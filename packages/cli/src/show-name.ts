/**
 * A file name as it may be printed to a terminal: control characters (C0, DEL, C1) shown as
 * `\u{…}` escapes, so a name found on disk cannot move the cursor or forge a line of output.
 *
 * @example
 *   showName('notes\u001b[2K.txt')
 *   //=> 'notes\\u{1b}[2K.txt'
 */
export function showName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (character) => {
    return `\\u{${(character.codePointAt(0) ?? 0).toString(16)}}`
  })
}
