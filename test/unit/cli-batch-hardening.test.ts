import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { examplesFolder } from '../support/paths.js'
import { runCli } from '../support/run-cli.js'
import { temporaryFolder } from '../support/temporary-folder.js'

// A batch never writes outside --out (C2), bounds its workers (C6), gives a heavy but legal file
// the pack that generating it alone gives (C7), and never reads our own output as answers (C9).

const folder = temporaryFolder()
const valid = readFileSync(path.join(examplesFolder, 'wales.yaml'), 'utf8')
/** Every file under a folder, by its path inside it. */
const filesUnder = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort()

describe('betterforus generate on answers files whose names give no pack folder', () => {
  it('C2: refuses `..yaml` and `...yaml` before writing anything, inside or beside --out', () => {
    const answers = path.join(folder, 'dots')
    mkdirSync(answers)
    writeFileSync(path.join(answers, '..yaml'), valid)
    writeFileSync(path.join(answers, '...yaml'), valid)
    writeFileSync(path.join(answers, 'ok.yaml'), valid)
    const out = path.join(folder, 'dots-out', 'packs')
    const run = runCli(['generate', answers, '--out', out, '--format', 'md'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('2 answers file name(s) give no pack folder of their own')
    expect(run.stderr).toContain('...yaml would write into `..`')
    expect(existsSync(path.join(folder, 'dots-out'))).toBe(false)
  })
})

describe('betterforus generate on a folder with --out naming a file', () => {
  it('C8: refuses in one line, exit 2, before any worker starts, and keeps the file', () => {
    const file = path.join(folder, 'not-a-folder')
    writeFileSync(file, 'mine')
    const run = runCli(['generate', examplesFolder, '--out', file])
    expect(run.stderr.trim()).toBe(
      `--out: ${file} is a file, not a folder; name a new folder, or one that holds the packs`,
    )
    expect(run.status).toBe(2)
    expect(readFileSync(file, 'utf8')).toBe('mine')
  })
})

describe('betterforus generate --jobs beyond the bound', () => {
  it('C6: refuses more than twice the cores (never over 16), naming the bound', () => {
    const bound = Math.min(16, 2 * availableParallelism())
    const run = runCli(['generate', folder, '--out', folder, '--jobs', String(bound + 1)])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`argument '${bound + 1}' is invalid. at most ${bound} (twice the`)
    expect(runCli(['generate', folder, '--out', folder, '--jobs', '100000']).stderr).toContain(
      `at most ${bound}`,
    )
  })
})

describe('betterforus generate on a folder with our own output files in it', () => {
  it('C9: skips manifest.json and summary.json, and generates the answers files beside them', () => {
    const answers = path.join(folder, 'with-manifest')
    mkdirSync(answers)
    writeFileSync(path.join(answers, 'cardiff.yaml'), valid)
    writeFileSync(path.join(answers, 'manifest.json'), '{"documents": []}\n')
    writeFileSync(path.join(answers, 'summary.json'), '{"clauses": []}\n')
    const out = path.join(folder, 'with-manifest-out')
    const run = runCli(['generate', answers, '--out', out, '--format', 'md'])
    expect(run.stderr.trim().split('\n').at(-1)).toBe('1 pack written, 0 failed')
    expect(run.status).toBe(0)
    expect(readdirSync(out)).toEqual(['cardiff'])
  })
})

describe('betterforus generate on a heavy but legal answers file in a batch', () => {
  it('C7: writes the pack that generating the file alone writes, not a worker memory error', () => {
    const answers = path.join(folder, 'heavy')
    mkdirSync(answers)
    // Note: a megabyte of blank lines is legal (under the 1 MB cap) but needs about 240 MiB to
    // parse, which ran the batch worker out of its 40 MiB heap.
    const heavy = `${valid}${'\n'.repeat(1_048_576 - Buffer.byteLength(valid) - 16)}`
    writeFileSync(path.join(answers, 'heavy.yaml'), heavy)
    const out = path.join(folder, 'heavy-out')
    const run = runCli(['generate', answers, '--out', out, '--format', 'md', '--jobs', '1'])
    expect(run.stderr).not.toContain('memory')
    expect(run.stderr.trim().split('\n').at(-1)).toBe('1 pack written, 0 failed')
    expect(run.status).toBe(0)
    const alone = path.join(folder, 'heavy-alone')
    const single = runCli([
      'generate',
      path.join(answers, 'heavy.yaml'),
      '--out',
      alone,
      '--format',
      'md',
    ])
    expect(single.status).toBe(0)
    expect(filesUnder(path.join(out, 'heavy'))).toEqual(filesUnder(alone))
    for (const name of filesUnder(alone)) {
      expect(readFileSync(path.join(out, 'heavy', name))).toEqual(
        readFileSync(path.join(alone, name)),
      )
    }
  }, 120_000)
})
