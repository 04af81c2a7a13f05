import { reportError } from '@betterforus/questionnaire'
import type { VFile } from 'vfile'

export interface FrontMatterSplit {
  /** The YAML between the fences. */
  yaml: string
  /** The body after the closing fence. */
  body: string
  /** Lines before the body, to turn a body position into a file position. */
  bodyLineOffset: number
}

/**
 * Split a Markdown file into YAML front matter and body. The first line must be exactly `---`:
 * a language after the fence (`---js`) would ask other tools to run code, so it is refused.
 *
 * @returns The parts, or undefined after a fatal message on `file`.
 */
export function splitFrontMatter(text: string, file: VFile): FrontMatterSplit | undefined {
  const fail = (reason: string, ruleId: string) => {
    reportError(file, reason, ruleId, { line: 1, column: 1 })
    return undefined
  }
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'))
  if (/^---\s*(?:js|javascript)\s*$/i.test(firstLine)) {
    return fail(
      'executable front matter is not allowed: start the file with a plain `---` line',
      'executable-front-matter',
    )
  }
  if (firstLine !== '---') {
    return fail(
      'missing front matter: start the file with a line `---`, then YAML, then `---`',
      'missing-front-matter',
    )
  }
  const close = text.indexOf('\n---\n', 3)
  const closeAtEnd = text.endsWith('\n---') ? text.length - 4 : -1
  const end = close === -1 ? closeAtEnd : close
  if (end === -1)
    return fail('unclosed front matter: end the YAML with a line `---`', 'missing-front-matter')
  const yaml = text.slice(4, end + 1)
  return {
    yaml,
    body: text.slice(end + 5),
    bodyLineOffset: yaml.split('\n').length + 1,
  }
}
