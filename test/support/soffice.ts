import { spawn } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * What LibreOffice converts to: PDF, UTF-8 text (numbering written out, no comments or footer), or
 * ODT (whose `content.xml` keeps tracked changes as `text:tracked-changes`).
 */
export type LibreOfficeTarget = 'pdf' | 'txt' | 'odt'

const filters: Record<LibreOfficeTarget, string> = {
  pdf: 'pdf',
  txt: 'txt:Text (encoded):UTF8',
  odt: 'odt',
}

export interface ConvertOptions {
  /** The folder the outputs go to; each is `<input base name>.<target>`, so base names must be unique. */
  outDir: string
  /** A LibreOffice user profile folder of this run's own (parallel runs must not share one). */
  profileDir: string
  /** Kill the whole process group after this long (default 120 s). */
  timeoutMs?: number
}

/**
 * Convert many documents with one headless LibreOffice call (start-up costs about a second, each
 * extra document about 0.2 s), under a timeout that kills the process group. LibreOffice exits 0
 * even when it cannot load a file (G8), so every output is checked to exist and be non-empty.
 *
 * @returns The output path of each input, in input order.
 */
export async function convertWithLibreOffice(
  files: readonly string[],
  target: LibreOfficeTarget,
  options: ConvertOptions,
): Promise<string[]> {
  const { outDir, profileDir, timeoutMs = 120_000 } = options
  const args = [
    `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
    '--headless',
    '--norestore',
    '--convert-to',
    filters[target],
    '--outdir',
    outDir,
    ...files,
  ]
  // Note: `detached` puts soffice (a shell script) and soffice.bin in their own process group, so
  // a timeout can kill both; killing the script alone can leave soffice.bin running.
  const child = spawn('soffice', args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => {
    output += chunk
  })
  child.stderr.on('data', (chunk) => {
    output += chunk
  })
  const status = await new Promise<number | string>((resolve, reject) => {
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      reject(
        new Error(`soffice --convert-to ${target} timed out after ${timeoutMs} ms:\n${output}`),
      )
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      resolve(code ?? signal ?? 'unknown')
    })
  })
  if (status !== 0) throw new Error(`soffice --convert-to ${target} exited ${status}:\n${output}`)
  return files.map((file) => {
    const result = path.join(outDir, `${path.basename(file, path.extname(file))}.${target}`)
    if (!existsSync(result) || statSync(result).size === 0) {
      throw new Error(
        `G8: LibreOffice exited 0 but wrote no ${target} for ${file} (it could not load it):\n${output}`,
      )
    }
    return result
  })
}
