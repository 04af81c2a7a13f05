import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { examplesFolder, templatesFolder } from '../support/paths.js'
import { type CliRun, runCli } from '../support/run-cli.js'
import { temporaryFolder } from '../support/temporary-folder.js'

// Plain mistakes get one clear line and an exit code, never a stack trace (C8), and the output
// folder is checked before anything is written (C10).

const folder = temporaryFolder()
const example = path.join(examplesFolder, 'wales.yaml')
const missing = path.join(folder, 'missing')

/** One line on stderr, no stack frame, nothing on stdout, and this exit code. */
function expectOneLine(run: CliRun, status: number, text: string) {
  expect(run.stdout).toBe('')
  expect(run.stderr.trim().split('\n')).toHaveLength(1)
  expect(run.stderr).not.toMatch(/^\s+at /m)
  expect(run.stderr).toContain(text)
  expect(run.status).toBe(status)
}

/** A copy of the library with a broken package.json. */
const brokenFork = path.join(folder, 'broken-fork')
cpSync(templatesFolder, brokenFork, { recursive: true })
writeFileSync(path.join(brokenFork, 'package.json'), '{"name": "@council/clauses",')

describe('betterforus on plain mistakes', () => {
  it('C8: lint of a missing folder says so in one line, exit 1', () => {
    expectOneLine(
      runCli(['lint', missing]),
      1,
      `lint: ${missing} does not exist; name a templates folder`,
    )
  })

  it('C8: lint of a folder that is not a templates folder names what it lacks', () => {
    const empty = path.join(folder, 'empty')
    mkdirSync(empty)
    expectOneLine(runCli(['lint', empty]), 1, 'is not a templates folder: it has no pack.yaml')
  })

  it('C8: generate --templates naming a missing folder says so in one line, exit 1, writing nothing', () => {
    const out = path.join(folder, 'out-missing-templates')
    const run = runCli(['generate', example, '--templates', missing, '--out', out])
    expectOneLine(run, 1, `--templates: ${missing} does not exist`)
    expect(existsSync(out)).toBe(false)
  })

  it('C8: a broken package.json in a fork names the file and the fix, for lint and --templates', () => {
    expectOneLine(runCli(['lint', brokenFork]), 1, `${brokenFork}/package.json is not valid JSON`)
    const out = path.join(folder, 'out-broken-fork')
    const run = runCli(['generate', example, '--templates', brokenFork, '--out', out])
    expectOneLine(run, 1, '--templates: ')
    expect(run.stderr).toContain('fix it, or remove it')
  })

  it('C8: generate of a missing answers file says there is no such file, exit 1', () => {
    const run = runCli([
      'generate',
      path.join(folder, 'nope.yaml'),
      '--out',
      path.join(folder, 'o'),
    ])
    expect(run.stderr).toContain('cannot read the answers file: there is no such file')
    expect(run.stderr).not.toMatch(/^\s+at /m)
    expect(run.status).toBe(1)
  })

  it('C8, C10: generate --out naming an existing file refuses in one line, exit 2, and keeps the file', () => {
    const file = path.join(folder, 'a-file')
    writeFileSync(file, 'mine')
    expectOneLine(
      runCli(['generate', example, '--out', file]),
      2,
      `${file} is a file, not a folder`,
    )
    expect(readFileSync(file, 'utf8')).toBe('mine')
  })
})

describe('betterforus on a fork that lists a document twice', () => {
  const fork = path.join(folder, 'twice-fork')
  cpSync(templatesFolder, fork, { recursive: true })
  const pack = path.join(fork, 'pack.yaml')
  writeFileSync(
    pack,
    readFileSync(pack, 'utf8').replace(
      '  - doc-contract-schedule\n',
      '  - doc-contract-schedule\n  - doc-contract-schedule\n',
    ),
  )

  it('C4: lint refuses it, naming pack.yaml with line and column', () => {
    const run = runCli(['lint', fork])
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(
      /pack\.yaml:\d+:\d+: error: document `doc-contract-schedule` is listed twice in `documents`; list each document once \[duplicate-document\]/,
    )
  })

  it('C4: generate from it refuses whole: exit 1, no pack folder, no temporary file', () => {
    const parent = path.join(folder, 'twice-out')
    mkdirSync(parent)
    const run = runCli([
      'generate',
      example,
      '--templates',
      fork,
      '--out',
      path.join(parent, 'pack'),
    ])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('[duplicate-document]')
    expect(run.stderr).not.toMatch(/^\s+at /m)
    expect(readdirSync(parent)).toEqual([])
  })
})

describe('betterforus generate into an existing --out folder', () => {
  it('C10: refuses a folder holding files that are not ours, exit 2, changing nothing', () => {
    const out = path.join(folder, 'mine')
    mkdirSync(out)
    writeFileSync(path.join(out, 'notes.txt'), 'mine')
    const run = runCli(['generate', example, '--out', out])
    expectOneLine(
      run,
      2,
      'already holds files that are not an earlier output of betterforus (notes.txt)',
    )
    expect(readdirSync(out)).toEqual(['notes.txt'])
  })

  it('C10: replaces an earlier pack whole: no file of the earlier pack stays beside the new one', () => {
    const out = path.join(folder, 'pack')
    expect(runCli(['generate', example, '--out', out]).status).toBe(0)
    expect(readdirSync(out).some((name) => name.endsWith('.docx'))).toBe(true)
    const run = runCli(['generate', example, '--out', out, '--format', 'md', '--copy', 'issue'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const names = readdirSync(out)
    expect(names).toContain('manifest.json')
    expect(
      names.filter((name) => name !== 'manifest.json').every((name) => name.endsWith('.issue.md')),
    ).toBe(true)
  })
})
