import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readDocx } from './test-read-docx.js'
import { sampleTree } from './test-tree.js'
import { toDocx } from './to-docx.js'

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url))

function hashInChild(tz: string): string {
  const code = `const { toDocx } = await import(${JSON.stringify(here('./to-docx.ts'))});
const { sampleTree } = await import(${JSON.stringify(here('./test-tree.ts'))});
const { createHash } = await import('node:crypto');
console.log(createHash('sha256').update(await toDocx(sampleTree(), { toc: true, date: '2026-06-01' })).digest('hex'));`
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  }).trim()
}

describe('packageDocx', () => {
  it('should give identical bytes for two builds in one process', async () => {
    const first = await toDocx(sampleTree(), { toc: true, date: '2026-06-01' })
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const second = await toDocx(sampleTree(), { toc: true, date: '2026-06-01' })
    expect(sha(second)).toBe(sha(first))
  })

  it('should give identical bytes under UTC and Asia/Kolkata', async () => {
    const local = sha(await toDocx(sampleTree(), { toc: true, date: '2026-06-01' }))
    expect(hashInChild('UTC')).toBe(local)
    expect(hashInChild('Asia/Kolkata')).toBe(local)
  }, 60_000)

  it('should keep [Content_Types].xml first and sort the other entries', async () => {
    const names = Object.keys(unzipSync(await toDocx(sampleTree())))
    expect(names[0]).toBe('[Content_Types].xml')
    expect(names.slice(1)).toEqual([...names.slice(1)].sort())
  })

  it('should number bookmarks from 1 in every build', async () => {
    for (let run = 0; run < 2; run++) {
      const doc = readDocx(await toDocx(sampleTree()))['word/document.xml'] ?? ''
      expect([...doc.matchAll(/<w:bookmarkStart [^>]*w:id="(\d+)"/g)].map((m) => m[1])).toEqual([
        '1',
        '2',
      ])
    }
  })

  it('should set the comment dates to the fixed date', async () => {
    const comments = readDocx(await toDocx(sampleTree('drafter'), { date: '2026-06-01' }))[
      'word/comments.xml'
    ]
    // Note: docx writes the fixed date with milliseconds.
    expect(comments).toContain('w:date="2026-06-01T00:00:00.000Z"')
  })
})
