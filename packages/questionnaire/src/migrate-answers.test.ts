import { describe, expect, it } from 'vitest'
import { inRange, migrateAnswers } from './migrate-answers.js'
import { parseAnswers } from './parse-answers.js'
import { parseQuestionnaire } from './parse-questionnaire.js'
import type { Questionnaire } from './questionnaire.js'

// A fixture questionnaire at 2.0.0: `pay.approach` became `pay.livingWage`, and
// `voice.codesign` was removed, by a documented migration from any 1.x.
const { questionnaire: parsed, file } = parseQuestionnaire(`
version: 2.0.0
sections:
  - id: s
    title: Questions
    questions:
      - { id: authority.name, text: Name?, type: text, required: true }
      - id: pay.livingWage
        text: Pay?
        type: one-of
        options: [{ value: require, label: Require }, { value: score, label: Score }]
migrations:
  - from: "1"
    to: 2.0.0
    renames: { pay.approach: pay.livingWage }
    removes: [voice.codesign]
    reason: Pay questions were renamed; co-design is now always in the pack.
`)
if (!parsed) throw new Error(String(file.messages))
const v2: Questionnaire = parsed

const v1Answers = `# written on release 1
questionnaireVersion: 1.1.0
authority:
  name: Leeds City Council
pay:
  approach: require # the council's policy
voice:
  codesign: true
`

describe('migrateAnswers', () => {
  it('U13: should rename and drop answers, listing each, and the result should validate', () => {
    const report = migrateAnswers(v1Answers, v2)
    expect(report.refusal).toBeUndefined()
    expect(report).toMatchObject({ from: '1.1.0', to: '2.0.0' })
    expect(report.renamed).toEqual([{ from: 'pay.approach', to: 'pay.livingWage' }])
    expect(report.dropped).toEqual([
      { id: 'voice.codesign', value: true, reason: expect.stringContaining('co-design') },
    ])
    expect(report.steps).toHaveLength(1)
    expect(report.text).toContain('# the council')
    const result = parseAnswers(report.text, v2)
    expect(result.file.messages.map(String)).toEqual([])
    expect(result.answers).toEqual({
      authority: { name: 'Leeds City Council' },
      pay: { livingWage: 'require' },
    })
  })

  it('U13: should refuse an older major with no migration, naming both versions, and change nothing', () => {
    const report = migrateAnswers(v1Answers.replace('1.1.0', '0.9.0'), v2)
    expect(report.refusal).toMatch(/questionnaire version 0\.9\.0.*version 2\.0\.0/)
    expect(report.refusal).toContain('no migration leads from version 0.9.0')
    expect(report.text).toBe(v1Answers.replace('1.1.0', '0.9.0'))
    expect(report.renamed).toEqual([])
  })

  it('U13: should refuse a rename onto an answered question, applying nothing', () => {
    const both = 'questionnaireVersion: 1.0.0\npay: { approach: require, livingWage: score }\n'
    const report = migrateAnswers(both, v2)
    expect(report.refusal).toContain(
      'renames "pay.approach" to "pay.livingWage", but both are answered',
    )
    expect(report.text).toBe(both)
  })

  it('should leave answers alone without questionnaireVersion or of the same major', () => {
    for (const text of ['pay: { livingWage: require }\n', 'questionnaireVersion: 2.0.0\n']) {
      expect(migrateAnswers(text, v2)).toEqual({
        text,
        steps: [],
        renamed: [],
        dropped: [],
        ...(text.includes('2.0.0') && { from: '2.0.0' }),
      })
    }
  })

  it('should match ranges', () => {
    expect(inRange('1.4.2', '1')).toBe(true)
    expect(inRange('1.4.2', '1.x')).toBe(true)
    expect(inRange('1.4.2', '1.4')).toBe(true)
    expect(inRange('1.4.2', '1.4.2')).toBe(true)
    expect(inRange('1.4.2', '1.5')).toBe(false)
    expect(inRange('2.0.0', '1')).toBe(false)
  })
})
