import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { templatesFolder } from '../support/paths.js'
import { runCli } from '../support/run-cli.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const folder = temporaryFolder()
const example = (name: string) => readFileSync(path.join(templatesFolder, 'examples', name), 'utf8')
/** Every file under a folder, by its path inside it, with its bytes. */
const filesUnder = (root: string): Map<string, Buffer> =>
  new Map(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name)
        return [path.relative(root, file), readFileSync(file)] as const
      }),
  )

/** A folder of three valid answers files (YAML, YML, JSON) and one with a misspelt key. */
const answers = path.join(folder, 'answers')
mkdirSync(answers)
writeFileSync(path.join(answers, 'camden.yaml'), example('england-act-london.yaml'))
writeFileSync(path.join(answers, 'cardiff.yml'), example('wales.yaml'))
/** The Scottish example as JSON, as a council's own system might write it. */
const glasgow = {
  authority: { name: 'Glenfield Council', nation: 'scotland', type: 'local-authority' },
  procurement: { reference: 'GC-FM-2026-031', startDate: '2026-09-14' },
  contract: {
    title: 'School and office cleaning services',
    type: 'services',
    estimatedValue: 2800000,
    termMonths: 36,
    workLocation: 'rest-of-uk',
  },
  document: { date: '2026-11-27' },
  pay: { approach: 'require' },
  goodWork: { approach: 'require', livingHours: true },
  socialValue: { weightingPercent: 15, weightingBasis: 'council-policy', policyName: 'Strategy' },
  reserved: { supportedEmployment: true, disadvantagedDefinition: 'Out of work for a year.' },
  voice: { livedExperiencePanel: false },
  lots: { divided: false, reasons: 'One team and one supervisor for each area.' },
}
writeFileSync(path.join(answers, 'glasgow.json'), JSON.stringify(glasgow, null, 2))
writeFileSync(
  path.join(answers, 'hackney.yaml'),
  example('england-act-small.yaml').replace(/^( {2})title: /m, '$1titel: '),
)
writeFileSync(path.join(answers, 'notes.txt'), 'not an answers file')

describe('betterforus generate on a folder of answers files', () => {
  const out = path.join(folder, 'out-folder')
  const run = runCli(['generate', answers, '--out', out, '--format', 'md', '--jobs', '2'])

  it('should write one pack folder per valid answers file, named after it', () => {
    expect(readdirSync(out).sort()).toEqual(['camden', 'cardiff', 'glasgow'])
    for (const pack of ['camden', 'cardiff', 'glasgow']) {
      expect(readdirSync(path.join(out, pack))).toContain('manifest.json')
      expect(readdirSync(path.join(out, pack))).toContain('doc-contract-schedule.drafter.md')
    }
    expect(run.stdout.trim().split('\n').sort()).toEqual(
      ['camden', 'cardiff', 'glasgow'].map((pack) => path.join(out, pack)),
    )
  })

  it('U3: should name the invalid file with its field error, write nothing for it and exit 1', () => {
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(
      /hackney\.yaml:\d+:\d+: error: Unknown answer "contract\.titel": no question has this id; did you mean "contract\.title"\?/,
    )
    expect(run.stderr).toContain('problem(s) in')
    expect(existsSync(path.join(out, 'hackney'))).toBe(false)
    expect(run.stderr.trim().split('\n').at(-1)).toBe('3 packs written, 1 failed')
  })

  it('should write the same pack as a single generate of the same file', () => {
    const single = path.join(folder, 'single-camden')
    runCli(['generate', path.join(answers, 'camden.yaml'), '--out', single, '--format', 'md'])
    expect(filesUnder(path.join(out, 'camden'))).toEqual(filesUnder(single))
    // Note: a hang guard only, for a busy two-core machine.
  }, 120_000)
})

describe('betterforus generate --list', () => {
  it('should generate the files a list names, relative to the list, skipping blanks and comments', () => {
    const list = path.join(answers, 'batch.txt')
    writeFileSync(list, '# two councils\ncamden.yaml\r\n\n  glasgow.json  \n')
    const out = path.join(folder, 'out-list')
    const run = runCli(['generate', '--list', list, '--out', out, '--format', 'md'])
    expect(run.stderr).toBe('2 packs written, 0 failed\n')
    expect(run.status).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['camden', 'glasgow'])
  })

  it('should refuse a list it cannot read, naming the option and the file', () => {
    const run = runCli(['generate', '--list', path.join(folder, 'none.txt'), '--out', folder])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`--list: cannot read ${path.join(folder, 'none.txt')}: ENOENT`)
  })
})

describe('betterforus generate on several files whose pack folders would clash', () => {
  it('should name every clash, exit 2 and write nothing', () => {
    const other = path.join(folder, 'other')
    mkdirSync(other)
    writeFileSync(path.join(other, 'Camden.json'), '{}')
    const out = path.join(folder, 'out-clash')
    const run = runCli([
      'generate',
      path.join(answers, 'camden.yaml'),
      path.join(answers, 'cardiff.yml'),
      path.join(other, 'Camden.json'),
      '--out',
      out,
    ])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('1 pack folder name clash(es); nothing was written')
    expect(run.stderr).toContain(
      `${path.join(answers, 'camden.yaml')}, ${path.join(other, 'Camden.json')} would all write the pack folder \`camden\``,
    )
    expect(existsSync(out)).toBe(false)
  })
})

describe('betterforus generate on a folder with an unknown --document', () => {
  it('should stop the batch with the option error once, exit 2 and write nothing', () => {
    const out = path.join(folder, 'out-document')
    const run = runCli(['generate', answers, '--out', out, '--document', 'doc-nope'])
    expect(run.status).toBe(2)
    expect(run.stderr.match(/--document: Unknown document `doc-nope`/g)).toHaveLength(1)
    expect(existsSync(out)).toBe(false)
  })
})

describe('betterforus generate --jobs', () => {
  it('G3: should write byte-identical packs with one worker and with two', () => {
    const one = path.join(folder, 'jobs-1')
    const two = path.join(folder, 'jobs-2')
    expect(runCli(['generate', answers, '--out', one, '--jobs', '1']).status).toBe(1)
    expect(runCli(['generate', answers, '--out', two, '--jobs', '2']).status).toBe(1)
    const written = filesUnder(one)
    // Note: three packs of six documents in two formats, plus a manifest each.
    expect(written.size).toBe(3 * (6 * 2 + 1))
    expect(filesUnder(two)).toEqual(written)
    // Note: a hang guard only; two batches of three whole packs on a busy two-core machine.
  }, 240_000)

  it('should refuse a number of jobs that is not a whole number of 1 or more', () => {
    const run = runCli(['generate', answers, '--out', folder, '--jobs', '0'])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      "option '-j, --jobs <n>' argument '0' is invalid. expected a whole number of 1 or more",
    )
  })
})

describe('betterforus generate --progress', () => {
  const out = path.join(folder, 'out-progress')

  it('should draw the progress line with the count when forced, though stderr is not a terminal', () => {
    const run = runCli(['generate', answers, '--out', out, '--format', 'md', '--progress'])
    // Note: each draw returns to the line's start and wipes it (\r, then ESC [2K).
    expect(run.stderr).toContain('\r\u001b[2K4/4 done, 1 failed, ')
    expect(run.stderr).toMatch(/4\/4 done, 1 failed, \d+\.\d files\/s\n/)
  })

  it('should print no progress line when stderr is not a terminal', () => {
    const run = runCli(['generate', answers, '--out', out, '--format', 'md'])
    expect(run.stderr).not.toContain('done,')
    expect(run.stderr).not.toContain('\r')
  })
})
