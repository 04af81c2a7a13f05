import { SaxesParser } from 'saxes'

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Why an XML part is not well-formed XML 1.0 (namespaces included), or nothing: the bytes must be
 * UTF-8 and saxes must parse them without an error (it checks every character against XML's
 * `Char` production, which lenient validators skip).
 *
 * @returns The problems, each with line and column; empty when the part is well-formed.
 */
export function xmlProblems(bytes: Uint8Array): string[] {
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return ['not UTF-8']
  }
  const problems: string[] = []
  const parser = new SaxesParser({ xmlns: true })
  parser.on('error', (error) => {
    problems.push(error.message)
  })
  parser.write(text).close()
  return problems
}
