import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { MAX_ANSWERS_BYTES } from '@betterforus/questionnaire'
import { VFile } from 'vfile'
import { afterAll, describe, expect, it } from 'vitest'
import { readAnswersFile } from './read-answers-file.js'

const folder = mkdtempSync(path.join(tmpdir(), 'bfu-read-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** Read a file and keep the messages as `ruleId: reason`. */
async function read(file: string) {
  const vfile = new VFile({ path: file })
  const bytes = await readAnswersFile(vfile)
  return { bytes, messages: vfile.messages.map((one) => `${one.ruleId}: ${one.reason}`) }
}

// Note: a 5 s timeout per test is the hang guard: before C5, /dev/zero was read without end and a
// FIFO with no writer blocked for ever.
describe.skipIf(process.platform === 'win32')(
  'readAnswersFile on special files (POSIX only)',
  () => {
    it('C5: should refuse /dev/zero, which reports 0 bytes, without reading it', async () => {
      const { bytes, messages } = await read('/dev/zero')
      expect(bytes).toBeUndefined()
      expect(messages).toEqual([
        'not-a-file: the answers file is not a regular file (a device, FIFO or socket); save the answers to a .yaml or .json file and name that',
      ])
    }, 5_000)

    it('C5: should refuse a FIFO with no writer at once, never waiting for one', async () => {
      const fifo = path.join(folder, 'answers.yaml')
      execFileSync('mkfifo', [fifo])
      const { bytes, messages } = await read(fifo)
      expect(bytes).toBeUndefined()
      expect(messages[0]).toMatch(/^not-a-file: /)
    }, 5_000)
  },
)

describe('readAnswersFile', () => {
  it('U11: should read a file of exactly the cap and refuse one byte more, giving the limit', async () => {
    const atCap = path.join(folder, 'at-cap.yaml')
    writeFileSync(atCap, 'x'.repeat(MAX_ANSWERS_BYTES))
    expect((await read(atCap)).bytes?.length).toBe(MAX_ANSWERS_BYTES)
    const over = path.join(folder, 'over.yaml')
    writeFileSync(over, 'x'.repeat(MAX_ANSWERS_BYTES + 1))
    expect((await read(over)).messages).toEqual([
      `too-large: the answers file is ${MAX_ANSWERS_BYTES + 1} bytes; the limit is ${MAX_ANSWERS_BYTES} bytes`,
    ])
  })

  it('C8: should say in words that a file does not exist, or is a folder', async () => {
    expect((await read(path.join(folder, 'missing.yaml'))).messages).toEqual([
      'unreadable: cannot read the answers file: there is no such file',
    ])
    expect((await read(folder)).messages[0]).toMatch(/^(not-a-file|unreadable): /)
  })
})
