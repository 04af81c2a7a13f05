import { spawnSync } from 'node:child_process'

/** One message of jing about one file. */
export interface JingMessage {
  file: string
  line: number
  column: number
  /** `error: …` or `fatal: …`, as jing prints it. */
  text: string
}

/** What one jing call said. */
export interface JingRun {
  status: number | null
  messages: JingMessage[]
  /** Lines that name no file (a schema that does not load, a crash); warnings left out. */
  other: string[]
}

const located = /^(.+?):(\d+):(\d+): (.*)$/

/**
 * Validate files against one RELAX NG compact schema in a single jing call, paying the JVM start
 * once. Lines starting with `[warning]` (optional Java libraries the Debian wrapper looks for) are
 * left out.
 *
 * @param schema The `.rnc` file.
 * @param files The XML files to check.
 * @returns jing's exit status and its messages, each with its file, line and column.
 */
export function runJing(schema: string, files: readonly string[]): JingRun {
  const run = spawnSync('jing', ['-c', schema, ...files], {
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.error) throw new Error(`jing -c ${schema}: ${run.error.message}`)
  const messages: JingMessage[] = []
  const other: string[] = []
  for (const line of `${run.stdout}\n${run.stderr}`.split('\n')) {
    if (line.trim() === '' || line.startsWith('[warning]')) continue
    const match = located.exec(line)
    if (match) {
      const [, file = '', row = '0', column = '0', text = ''] = match
      messages.push({ file, line: Number(row), column: Number(column), text })
    } else {
      other.push(line)
    }
  }
  return { status: run.status, messages, other }
}
