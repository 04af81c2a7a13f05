import { readFileSync } from 'node:fs'
import path from 'node:path'
import { catalog } from '@betterforus/clauses'
import { packFiles } from '@betterforus/generator'
import { parseAnswers } from '@betterforus/questionnaire'
import { strToU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildPack } from './pack.js'
import { packZip } from './pack-files.js'

const example = path.resolve(
  import.meta.dirname,
  '../../../../templates/examples/england-act-london.yaml',
)

describe('packZip', () => {
  it('should hold the files the CLI writes, byte for byte, and the answers file, by name', async () => {
    const { answers } = parseAnswers(readFileSync(example), catalog.questionnaire)
    if (!answers) throw new Error('The example answers no longer parse')
    const result = buildPack(answers, 'drafter')
    if (result.kind !== 'ok') throw new Error(result.messages.join('\n'))
    const unused = ['voice.hidden']
    const zip = unzipSync(await packZip(result.pack, unused, { 'answers.json': '{}\n' }))
    const expected = [
      ...(await packFiles(result.pack, { unused })),
      { name: 'answers.json', content: '{}\n' },
    ]
    expect(Object.keys(zip)).toEqual(expected.map((file) => file.name).sort())
    for (const file of expected) {
      const bytes = typeof file.content === 'string' ? strToU8(file.content) : file.content
      expect(zip[file.name], file.name).toEqual(bytes)
    }
  })

  it('should date every entry with the pack’s date, and make the same bytes twice', async () => {
    const { answers } = parseAnswers(readFileSync(example), catalog.questionnaire)
    if (!answers) throw new Error('The example answers no longer parse')
    const result = buildPack(answers, 'drafter')
    if (result.kind !== 'ok') throw new Error(result.messages.join('\n'))
    const bytes = await packZip(result.pack, [], {})
    const [year, month, day] = (result.pack.documents[0]?.data.date ?? '').split('-').map(Number)
    const dosDate = (((year ?? 0) - 1980) << 9) | ((month ?? 0) << 5) | (day ?? 0)
    // Note: every local file header (PK\x03\x04) has its DOS date at offset 12.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const dates: number[] = []
    for (let at = 0; at + 14 <= bytes.length; at++) {
      if (view.getUint32(at, true) === 0x04034b50) dates.push(view.getUint16(at + 12, true))
    }
    expect(dates.length).toBe(Object.keys(unzipSync(bytes)).length)
    expect(new Set(dates)).toEqual(new Set([dosDate]))
    expect(
      Buffer.compare(Buffer.from(bytes), Buffer.from(await packZip(result.pack, [], {}))),
    ).toBe(0)
  })
})
