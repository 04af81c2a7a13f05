import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeFilesAtomically } from './write-files-atomically.js'

let folder = ''
afterEach(() => rmSync(folder, { recursive: true, force: true }))

describe('writeFilesAtomically', () => {
  it('should write every file', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'bfu-write-'))
    await writeFilesAtomically(folder, [
      { name: 'a.md', content: 'A' },
      { name: 'b.docx', content: new Uint8Array([1, 2]) },
    ])
    expect(readdirSync(folder).sort()).toEqual(['a.md', 'b.docx'])
    expect(readFileSync(path.join(folder, 'a.md'), 'utf8')).toBe('A')
  })

  it('G9: should leave no file of the pack, not even a temporary one, when one write fails halfway', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'bfu-write-'))
    // Note: a folder where the temporary file should go makes that one write fail.
    const blocker = `.b.md.${process.pid}.tmp`
    mkdirSync(path.join(folder, blocker))
    await expect(
      writeFilesAtomically(folder, [
        { name: 'a.md', content: 'A' },
        { name: 'b.md', content: 'B' },
      ]),
    ).rejects.toThrow()
    expect(readdirSync(folder)).toEqual([blocker])
  })
})
