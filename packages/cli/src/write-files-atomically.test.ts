import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { UserError } from './user-error.js'
import { writeFilesAtomically } from './write-files-atomically.js'

let folder = ''
afterEach(() => rmSync(folder, { recursive: true, force: true }))
const freshFolder = () => {
  folder = mkdtempSync(path.join(tmpdir(), 'bfu-write-'))
  return folder
}
/** Content that writes a first chunk, then fails: a write that breaks halfway. */
const failingHalfway = (async function* () {
  yield 'first half'
  throw new Error('disk full')
})() as unknown as string

describe('writeFilesAtomically', () => {
  it('should write every file', async () => {
    const out = path.join(freshFolder(), 'pack')
    await writeFilesAtomically(out, [
      { name: 'a.md', content: 'A' },
      { name: 'b.docx', content: new Uint8Array([1, 2]) },
    ])
    expect(readdirSync(out).sort()).toEqual(['a.md', 'b.docx'])
    expect(readFileSync(path.join(out, 'a.md'), 'utf8')).toBe('A')
  })

  it('G9: should leave no file of the pack, not even a temporary one, when one write fails halfway', async () => {
    const out = freshFolder()
    await expect(
      writeFilesAtomically(out, [
        { name: 'a.md', content: 'A' },
        { name: 'b.md', content: failingHalfway },
      ]),
    ).rejects.toThrow('disk full')
    expect(readdirSync(out)).toEqual([])
  })

  it('C3: should never write through a link planted at a temporary name it could have guessed', async () => {
    const out = freshFolder()
    const victim = path.join(out, 'victim.txt')
    writeFileSync(victim, 'keep')
    const pack = path.join(out, 'pack')
    mkdirSync(pack)
    // Note: the names the writer used before (C3): `.<name>.<pid>.tmp`, predictable.
    for (const name of ['a.md', 'manifest.json']) {
      symlinkSync(victim, path.join(pack, `.${name}.${process.pid}.tmp`))
    }
    await expect(
      writeFilesAtomically(pack, [
        { name: 'a.md', content: 'A' },
        { name: 'manifest.json', content: '{}' },
      ]),
    ).rejects.toThrow(UserError)
    expect(readFileSync(victim, 'utf8')).toBe('keep')
  })

  it('C3: should refuse an output folder that is a link, or holds one at a file name of the pack', async () => {
    const out = freshFolder()
    const victim = path.join(out, 'victim.md')
    writeFileSync(victim, 'keep')
    const pack = path.join(out, 'pack')
    mkdirSync(pack)
    writeFileSync(path.join(pack, 'manifest.json'), '{}')
    symlinkSync(victim, path.join(pack, 'a.md'))
    const files = [{ name: 'a.md', content: 'A' }]
    await expect(writeFilesAtomically(pack, files)).rejects.toThrow(/not an earlier output.*a\.md/)
    symlinkSync(pack, path.join(out, 'link'))
    await expect(writeFilesAtomically(path.join(out, 'link'), files)).rejects.toThrow(
      /is a symbolic link; name the folder it points to/,
    )
    expect(readFileSync(victim, 'utf8')).toBe('keep')
  })

  it('C4: should refuse a file name given twice before writing anything', async () => {
    const out = path.join(freshFolder(), 'pack')
    await expect(
      writeFilesAtomically(out, [
        { name: 'a.md', content: 'A' },
        { name: 'b.md', content: 'B' },
        { name: 'a.md', content: 'A again' },
      ]),
    ).rejects.toThrow('cannot write `a.md` twice into one folder; nothing was written')
    expect(existsSync(out)).toBe(false)
  })

  it('C10: should replace an earlier pack whole, keeping none of its files beside the new one', async () => {
    const out = freshFolder()
    await writeFilesAtomically(out, [
      { name: 'doc-a.drafter.md', content: 'old A' },
      { name: 'doc-b.drafter.md', content: 'old B' },
      { name: 'manifest.json', content: '{"old":true}' },
    ])
    await writeFilesAtomically(out, [
      { name: 'doc-a.drafter.md', content: 'new A' },
      { name: 'manifest.json', content: '{}' },
    ])
    expect(readdirSync(out).sort()).toEqual(['doc-a.drafter.md', 'manifest.json'])
    expect(readFileSync(path.join(out, 'doc-a.drafter.md'), 'utf8')).toBe('new A')
  })

  it('C10: should take over a folder holding only temporary files of a killed run, removing them', async () => {
    const out = freshFolder()
    writeFileSync(path.join(out, '.a.md.0123456789abcdef.tmp'), 'half')
    await writeFilesAtomically(out, [{ name: 'a.md', content: 'A' }])
    expect(readdirSync(out)).toEqual(['a.md'])
  })

  it('C10: should refuse a folder holding files that are not ours, and a file, changing nothing', async () => {
    const out = freshFolder()
    writeFileSync(path.join(out, 'notes.txt'), 'mine')
    writeFileSync(path.join(out, 'a.md'), 'mine too')
    const files = [{ name: 'a.md', content: 'A' }]
    await expect(writeFilesAtomically(out, files)).rejects.toThrow(
      `${out} already holds files that are not an earlier output of betterforus (notes.txt); name a new or empty folder, or move those files out`,
    )
    expect(readFileSync(path.join(out, 'a.md'), 'utf8')).toBe('mine too')
    await expect(writeFilesAtomically(path.join(out, 'notes.txt'), files)).rejects.toThrow(
      'is a file, not a folder',
    )
    expect(readdirSync(out).sort()).toEqual(['a.md', 'notes.txt'])
  })
})
