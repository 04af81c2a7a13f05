import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { templatesFolder } from '../support/paths.js'
import { cliPath, runCli } from '../support/run-cli.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const folder = temporaryFolder()

/** A valid answers file for England under the Act, as a council's system might write it. */
const valid = readFileSync(path.join(templatesFolder, 'examples/england-act-london.yaml'), 'utf8')

describe('betterforus generate with invalid answers', () => {
  it('U2, U3, U8: should list every problem on stderr, exit 1 and write nothing', () => {
    const answers = path.join(folder, 'bad.yaml')
    writeFileSync(
      answers,
      valid
        .replace(/reference: .*/, 'reference: 012345')
        .replace(/title: .*/, 'titel: Cleaning')
        .replace(/weightingPercent: .*/, 'weightingPercent: 120'),
    )
    const out = path.join(folder, 'bad-out')
    const run = runCli(['generate', answers, '--out', out])
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('put the value in quotes: "012345"')
    expect(run.stderr).toContain(
      'Unknown answer "contract.titel": no question has this id; did you mean "contract.title"?',
    )
    expect(run.stderr).toContain('contract.title ("What is the contract called?") is required')
    expect(run.stderr).toContain('must be at most 100, but is 120')
    expect(run.stderr).toMatch(/bad\.yaml:\d+:\d+: error: /)
    expect(run.stderr).toContain('nothing was written')
    expect(existsSync(out)).toBe(false)
  })

  it('U11: should refuse an answers file over 1 MB before reading it', () => {
    const answers = path.join(folder, 'huge.yaml')
    writeFileSync(answers, `${valid}\n# ${'x'.repeat(1_100_000)}\n`)
    const run = runCli(['generate', answers, '--out', path.join(folder, 'huge-out')])
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/the answers file is \d+ bytes; the limit is 1048576 bytes/)
  })

  it('should refuse an unknown format and an unknown copy, naming the option', () => {
    const answers = path.join(folder, 'ok.yaml')
    writeFileSync(answers, valid)
    expect(runCli(['generate', answers, '--out', folder, '--format', 'pdf']).stderr).toContain(
      '--format: unknown format `pdf`',
    )
    expect(runCli(['generate', answers, '--out', folder, '--copy', 'final']).stderr).toContain(
      'Allowed choices are drafter, issue',
    )
  })
})

describe('betterforus lint', () => {
  it('should pass the library as released', () => {
    const run = runCli(['lint', templatesFolder])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/\d+ clauses, \d+ documents, no errors/)
  })

  it('T1: should fail a fork with a typo, printing file:line:column and a suggestion', () => {
    const fork = path.join(folder, 'fork')
    cpSync(templatesFolder, fork, { recursive: true })
    const clause = path.join(fork, 'clauses/pay-statutory-compliance.md')
    const text = readFileSync(clause, 'utf8')
    writeFileSync(clause, text.replace('{{date document.date}}', '{{date document.dat}}'))
    const line =
      text.split('\n').findIndex((candidate) => candidate.includes('{{date document.date}}')) + 1
    const column = (text.split('\n')[line - 1] ?? '').indexOf('document.date') + 1
    const run = runCli(['lint', fork])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      `clauses/pay-statutory-compliance.md:${line}:${column}: error: unknown answer \`document.dat\`: it is not a question of the questionnaire; did you mean \`document.date\`? [unknown-answer]`,
    )
  })
})

describe('betterforus questions', () => {
  it('should list the public answer paths', () => {
    const run = runCli(['questions'])
    expect(run.status).toBe(0)
    for (const id of [
      'authority.name',
      'procurement.startDate',
      'contract.workLocation',
      'voice.livedExperiencePanel',
    ]) {
      expect(run.stdout).toContain(id)
    }
  })

  it('should print a JSON Schema that describes the answers file', () => {
    const run = runCli(['questions', '--json-schema'])
    const schema = JSON.parse(run.stdout)
    expect(schema.type).toBe('object')
    expect(schema.required).toEqual(
      expect.arrayContaining(['authority', 'procurement', 'contract', 'document']),
    )
    expect(schema.properties.authority.required).toEqual(expect.arrayContaining(['name', 'nation']))
    expect(schema.properties.authority.additionalProperties).toBe(false)
    // Note: null stands for "not answered", so each answer's schema is an anyOf with null.
    const nation = schema.properties.authority.properties.nation.anyOf
    expect(nation).toContainEqual({
      type: 'string',
      enum: ['england', 'wales', 'scotland', 'northern-ireland'],
    })
  })
})

describe('betterforus --help', () => {
  it('should describe every command', () => {
    for (const command of ['generate', 'lint', 'questions']) {
      const run = runCli([command, '--help'])
      expect(run.status).toBe(0)
      expect(run.stdout).toContain(`Usage: betterforus ${command}`)
    }
  })
})

describe('betterforus verify', () => {
  const answers = path.join(templatesFolder, 'examples/wales.yaml')
  const out = path.join(folder, 'verify')
  runCli(['generate', answers, '--out', out])
  const documents = ['doc-contract-schedule.drafter.docx', 'doc-contract-schedule.drafter.md']

  it.each(documents)('G5: should read the provenance of %s and match its answers', (name) => {
    const run = runCli(['verify', path.join(out, name), answers])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/library {4}@betterforus\/clauses@\d+\.\d+\.\d+/)
    expect(run.stdout).toContain('document   doc-contract-schedule@')
    expect(run.stdout).toContain('✓ made from the answers in')
    expect(run.stdout).toContain('✓ every clause matches')
  })

  it('should say when a document was not made from the given answers', () => {
    const run = runCli([
      'verify',
      path.join(out, documents[0] as string),
      path.join(templatesFolder, 'examples/scotland.yaml'),
    ])
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('✗ not made from the answers in')
  })

  it('should say when a file carries no provenance', () => {
    const run = runCli(['verify', answers])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('no BetterForUs provenance found')
  })
})

describe('betterforus generate --document', () => {
  const answers = path.join(templatesFolder, 'examples/england-act-london.yaml')

  it('should write only the named document, with the same bytes as in the whole pack', () => {
    const whole = path.join(folder, 'whole')
    const one = path.join(folder, 'one')
    runCli(['generate', answers, '--out', whole])
    const run = runCli(['generate', answers, '--out', one, '--document', 'doc-sv-requirements'])
    expect(run.status).toBe(0)
    expect(readdirSync(one).sort()).toEqual([
      'doc-sv-requirements.drafter.docx',
      'doc-sv-requirements.drafter.md',
      'manifest.json',
    ])
    for (const name of ['doc-sv-requirements.drafter.docx', 'doc-sv-requirements.drafter.md']) {
      expect(readFileSync(path.join(one, name))).toEqual(readFileSync(path.join(whole, name)))
    }
  })

  it('should refuse an unknown document, naming the documents there are', () => {
    const run = runCli([
      'generate',
      answers,
      '--out',
      path.join(folder, 'none'),
      '--document',
      'doc-nope',
    ])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(
      '--document: Unknown document `doc-nope` for this copy; the documents are doc-sv-requirements',
    )
    expect(existsSync(path.join(folder, 'none'))).toBe(false)
  })
})

describe('betterforus from a folder whose path has a space', () => {
  // The installed CLI (its bundle and package.json) copied where a path has a space, as on many
  // Windows and macOS machines: every file it finds from its own URL must still be found.
  const installed = path.join(folder, 'Program Files', 'betterforus')
  cpSync(path.dirname(path.dirname(cliPath)), installed, {
    recursive: true,
    filter: (source) => !source.includes('node_modules') && !source.includes(`${path.sep}src`),
  })
  const run = (args: string[]) =>
    spawnSync(process.execPath, [path.join(installed, 'dist/cli.js'), ...args], {
      encoding: 'utf8',
      cwd: installed,
    })
  const answers = path.join(templatesFolder, 'examples/england-act-london.yaml')

  it('should generate a pack, and a batch on worker threads', () => {
    const out = path.join(folder, 'space out', 'one')
    const one = run(['generate', answers, '--out', out, '--format', 'md'])
    expect(one.stderr).toBe('')
    expect(one.status).toBe(0)
    expect(readdirSync(out)).toContain('manifest.json')
    const batch = run([
      'generate',
      answers,
      path.join(templatesFolder, 'examples/scotland.yaml'),
      '--out',
      path.join(folder, 'space out', 'batch'),
      '--format',
      'md',
      '--jobs',
      '1',
      '--no-progress',
    ])
    expect(batch.status, batch.stderr).toBe(0)
  })

  it('should print its version from its own package.json', () => {
    const version = run(['--version'])
    expect(version.status).toBe(0)
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })
})
