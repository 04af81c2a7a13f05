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
})
