import { parseYaml } from '@betterforus/questionnaire'
import { VFile } from 'vfile'
import { DocumentReadError } from './document-read-error.js'
import { toLf } from './document-text.js'

/** The longest front matter read; a generated document's is about 4 KiB. */
export const MAX_FRONT_MATTER_BYTES = 16 * 1024
/** The most keys and list items it may hold, counted before parsing; ours has about 100. */
export const MAX_FRONT_MATTER_KEYS = 1000

/**
 * Split a Markdown document into its YAML front matter, read through the hardened reader that
 * reads answers files (no aliases, tags, duplicate keys or deep nesting), and its body, the
 * text after the line that closes the front matter, with LF line endings.
 *
 * @returns The data and the body, or undefined when the document has no front matter.
 * @throws {DocumentReadError} On front matter that is too long, too many keys, or not valid YAML.
 */
export function readFrontMatter(
  text: string,
): { data: Record<string, unknown>; body: string } | undefined {
  const lf = toLf(text)
  if (!lf.startsWith('---\n')) return undefined
  const close = lf.indexOf('\n---\n', 3)
  const limit = MAX_FRONT_MATTER_BYTES
  if (close === -1 || close > limit) {
    if (lf.length <= limit && close === -1) return undefined
    throw new DocumentReadError(
      `its front matter is not closed by a line \`---\` within ${limit} characters; a generated document's is far shorter`,
    )
  }
  const yaml = lf.slice(4, close + 1)
  // Note: a key or item takes a line of its own or a comma; yaml's duplicate-key check is slow
  // on thousands of keys, so they are counted first.
  let keys = 0
  for (const char of yaml) if (char === '\n' || char === ',') keys += 1
  if (keys > MAX_FRONT_MATTER_KEYS)
    throw new DocumentReadError(
      `its front matter holds over ${MAX_FRONT_MATTER_KEYS} keys and items; a generated document's holds about 100`,
    )
  const file = new VFile()
  const parsed = parseYaml(yaml, file)
  if (!parsed) {
    if (file.messages.length === 0) return undefined
    const first = file.messages[0]
    const where = first?.line ? ` (front matter line ${first.line})` : ''
    throw new DocumentReadError(
      `its front matter is not the YAML we write${where}: ${first?.reason ?? 'empty'}`,
    )
  }
  const data = parsed.doc.toJS({ maxAliasCount: 0 }) as unknown
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined
  return { data: data as Record<string, unknown>, body: lf.slice(close + 5) }
}
