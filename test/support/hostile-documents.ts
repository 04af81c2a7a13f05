/**
 * Generated documents, and the means to damage them, for the tests of `betterforus verify` on
 * hostile files (bad-inputs V1–V10).
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { templatesFolder } from './paths.js'
import { cliPath, runCli } from './run-cli.js'

export const examplesAnswers = path.join(templatesFolder, 'examples/wales.yaml')

/** Generate the Wales example's contract schedule into `folder`; its DOCX and Markdown paths. */
export function generateSchedule(folder: string): { docx: string; md: string } {
  const run = runCli(['generate', examplesAnswers, '--out', folder])
  if (run.status !== 0) throw new Error(`generate failed: ${run.stderr}`)
  return {
    docx: path.join(folder, 'doc-contract-schedule.drafter.docx'),
    md: path.join(folder, 'doc-contract-schedule.drafter.md'),
  }
}

/** The parts of a DOCX as text. */
export function docxParts(file: string): Record<string, string> {
  const parts = unzipSync(new Uint8Array(readFileSync(file)))
  return Object.fromEntries(Object.entries(parts).map(([name, bytes]) => [name, strFromU8(bytes)]))
}

/** Zip parts (text) into a DOCX. */
export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(parts).map(([name, value]) => [
        name,
        typeof value === 'string' ? strToU8(value) : value,
      ]),
    ),
  )
}

/** Offsets of every central-directory entry of a zip, for patching sizes and names. */
export function centralEntries(zip: Uint8Array): Array<{ offset: number; name: string }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  let end = zip.length - 22
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const entries: Array<{ offset: number; name: string }> = []
  for (let index = 0; index < count; index += 1) {
    const nameLength = view.getUint16(at + 28, true)
    const name = strFromU8(zip.subarray(at + 46, at + 46 + nameLength))
    entries.push({ offset: at, name })
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return entries
}

/** Set the uncompressed size the central directory declares for a part. */
export function declareSize(zip: Uint8Array, part: string, size: number): Uint8Array {
  const copy = zip.slice()
  const entry = centralEntries(copy).find((candidate) => candidate.name === part)
  if (!entry) throw new Error(`no part ${part}`)
  new DataView(copy.buffer).setUint32(entry.offset + 24, size, true)
  return copy
}

/** Lines of output that look like a JavaScript stack trace. */
export const stackLines = (text: string) =>
  text.split('\n').filter((line) => /^\s+at .+[(:]\d+|\bError:|node:internal/.test(line))

/**
 * Run the built CLI, killed after `ms`: a command that hangs on a hostile file (a backtracking
 * pattern, an inflate bomb) fails the test with status null instead of hanging the run.
 */
export function runCliWithin(args: string[], ms = 20_000) {
  const run = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', timeout: ms })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}
