import { type PackFormat, packFormats } from './pack-options.js'

/**
 * Read `--format`: the formats named, comma-separated, or the message to print when it names one
 * we do not write. One reading for `generate`, `diff` and `rerender`.
 *
 * @example
 *   parseFormats('md, docx') //=> ['md', 'docx']
 */
export function parseFormats(option: string): PackFormat[] | string {
  const wanted = option.split(',').map((format) => format.trim())
  const unknown = wanted.filter((format) => !packFormats.includes(format as PackFormat))
  if (unknown.length > 0 || wanted.length === 0) {
    return `--format: unknown format \`${unknown.join(', ')}\`; use md, docx or md,docx`
  }
  return wanted as PackFormat[]
}
