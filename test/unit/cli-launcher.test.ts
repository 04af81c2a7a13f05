import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { temporaryFolder } from '../support/temporary-folder.js'

// The CLI's bin is a committed launcher, so npm links `betterforus` at install time, before the
// build (C1). It runs the built CLI, or says how to build it.

const require = createRequire(import.meta.url)
const cliFolder = path.dirname(require.resolve('@betterforus/cli/package.json'))
const manifest = JSON.parse(readFileSync(path.join(cliFolder, 'package.json'), 'utf8'))
const launcher = path.join(cliFolder, manifest.bin.betterforus)
const folder = temporaryFolder()

/** A copy of the launcher in a package folder of its own, with or without a dist/cli.js. */
function packageWith(name: string, cli?: string): string {
  const bin = path.join(folder, name, 'bin', 'betterforus.js')
  mkdirSync(path.dirname(bin), { recursive: true })
  copyFileSync(launcher, bin)
  if (cli !== undefined) {
    mkdirSync(path.join(folder, name, 'dist'))
    writeFileSync(path.join(folder, name, 'dist', 'cli.js'), cli)
  }
  return bin
}

const run = (bin: string, args: string[] = []) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' })

describe('the betterforus launcher', () => {
  it('C1: is a committed file outside dist/, so npm can link it before any build', () => {
    expect(path.relative(cliFolder, launcher)).toBe(path.join('bin', 'betterforus.js'))
    expect(manifest.files).toContain('bin')
    expect(readFileSync(launcher, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('C1: says in one line to run npm run build when the CLI is not built, exit 1', () => {
    const result = run(packageWith('unbuilt'))
    expect(result.status).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([
      'betterforus: the CLI is not built yet (no dist/cli.js); run `npm run build` in the repository first.',
    ])
  })

  it('C1: runs the built CLI with its arguments', () => {
    const bin = packageWith('built', 'console.log(JSON.stringify(process.argv.slice(2)))\n')
    const result = run(bin, ['lint', 'templates'])
    expect(result.stdout.trim()).toBe('["lint","templates"]')
    expect(result.status).toBe(0)
    expect(run(launcher, ['--version']).stdout.trim()).toBe(manifest.version)
  })
})
