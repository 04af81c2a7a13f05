/**
 * Shrunk counterexamples of `fuzz-answers.test.ts`, kept as fixed cases once fixed.
 */
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { catalog } from '@betterforus/clauses'
import { GenerationError, generatePack } from '@betterforus/generator'
import { type Answers, parseAnswers } from '@betterforus/questionnaire'
import { describe, expect, it } from 'vitest'
import { runCli } from '../support/run-cli.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const work = temporaryFolder()

/**
 * Valid answers dated 1 January 2015, before the data's first pay rates (seed 1, shrunk). The start
 * date was 2015-01-01 too; it is now 2 March 2015, since a start before 26 February 2015 (the
 * Public Contracts Regulations 2015) is outside the questionnaire's range (bad-inputs U17).
 */
const datedBeforeRates = {
  authority: { name: '# ', nation: 'england', type: 'local-authority' },
  procurement: { startDate: '2015-03-02' },
  contract: {
    title: '# ',
    type: 'services',
    estimatedValue: 0,
    termMonths: 1,
    workLocation: 'london',
  },
  document: { date: '2015-01-01' },
  pay: { approach: 'require' },
  goodWork: { approach: 'require', livingHours: false },
  socialValue: { weightingPercent: 10, weightingBasis: 'ppn002' },
  reserved: { supportedEmployment: false },
  voice: { livedExperiencePanel: false },
  engagement: { held: false },
  lots: { divided: false, reasons: '# ' },
  evaluation: { minimumScore: false },
}

describe('a document date before the first pay rates in the data', () => {
  it('is valid answers, but generatePack refuses it with a GenerationError naming document.date', () => {
    const parsed = parseAnswers(JSON.stringify(datedBeforeRates), catalog.questionnaire)
    expect(parsed.file.messages.filter((message) => message.fatal)).toEqual([])
    const answers = parsed.answers as Answers
    // Note: before the fix the `rate` helper threw a RangeError from inside a template.
    const build = () => generatePack(answers, { catalog, copy: 'drafter' })
    expect(build).toThrow(GenerationError)
    expect(build).toThrow(
      /`document\.date` is 1 January 2015, .*date the pack on or after 1 April 2020/,
    )
  })

  it('makes the CLI exit 1 with that message, no stack trace, and write nothing', () => {
    const file = path.join(work, 'dated-before-rates.json')
    writeFileSync(file, JSON.stringify(datedBeforeRates))
    const out = path.join(work, 'out')
    const run = runCli(['generate', file, '--out', out])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('`document.date` is 1 January 2015')
    expect(run.stderr).toContain('Nothing was written.')
    expect(run.stderr).not.toMatch(/RangeError|\n\s+at /)
    expect(existsSync(out)).toBe(false)
  })
})
