import path from 'node:path'
import { type Catalog, catalog } from '@betterforus/clauses'
import { catalogFromSource, compileCatalog } from '@betterforus/clauses/compiler'
import { GenerationError, generatePack } from '@betterforus/generator'
import { type BranchReport, lintBranches } from '@betterforus/generator/lint'
import { parseAnswers } from '@betterforus/questionnaire'
import { beforeAll, describe, expect, it } from 'vitest'
import { repositoryRoot } from '../support/paths.js'
import { runCli } from '../support/run-cli.js'

// Note: generous hang guards, not speed assertions; `npm run bench` measures speed.
const LIBRARY_TIMEOUT = 600_000

describe('lintBranches on the released library', () => {
  let report: BranchReport
  beforeAll(() => {
    report = lintBranches(catalog)
    console.log(
      `branch lint: ${report.questions.length} questions enumerated, ${report.reachable} combinations reachable over ${report.units} units, ${report.rendered} rendered, ${report.documents} documents`,
    )
  }, LIBRARY_TIMEOUT)

  it('should find no combination that breaks a check', () => {
    expect(report.failures).toEqual([])
  })

  it('should enumerate the questions the branches depend on, each with its classes', () => {
    const classes = new Map(report.questions.map((question) => [question.id, question.classes]))
    expect(classes.get('authority.nation')).toEqual([
      'england',
      'wales',
      'scotland',
      'northern-ireland',
    ])
    // Note: two KPI clauses test `gt contract.estimatedValue (threshold_value "kpi-minimum-value")`,
    // and the lighter schedule `gte … (threshold_value "light-schedule-value")` (library 1.1); a
    // class below 5,000,000 is already there (1,000,001), so no 4,999,999.
    expect(classes.get('contract.estimatedValue')).toEqual([
      '999999',
      '1000000',
      '1000001',
      '5000000',
      '5000001',
    ])
    // Note: either side of the Procurement Act's commencement and of each date from which a cited
    // provision applies (sections 69 and 70: 1 January and 1 April 2026).
    expect(classes.get('procurement.startDate')).toEqual([
      '2025-02-23',
      '2025-02-24',
      '2026-01-01',
      '2026-04-01',
    ])
    expect(classes.get('authority.devolved')).toEqual(['not answered', 'yes', 'no'])
    expect(classes.get('lots.divided')).toEqual(['not answered', 'yes', 'no'])
  })

  it('should cover every pack document and render more than one combination per unit', () => {
    expect(report.documents).toBe(catalog.pack.documents.length)
    expect(report.reachable).toBeGreaterThan(report.units)
    expect(report.rendered).toBeGreaterThan(report.units)
    expect(report.fullProduct).toBeGreaterThan(report.reachable)
  })

  it('should leave out, as answers errors, pack dates before the rate data, which generatePack refuses', () => {
    expect(report.refused.length).toBeGreaterThan(0)
    for (const reason of report.refused)
      expect(reason).toMatch(/^`document\.date` is .*date the pack on or after/)
  })
})

describe('lintBranches on a library broken on purpose', () => {
  const folder = path.join(repositoryRoot, 'packages/clauses/fixtures/branches-broken')
  let broken: Catalog
  let report: BranchReport
  beforeAll(async () => {
    const { catalog: source, files } = await compileCatalog(folder, {
      name: '@example/branches-broken',
      version: '1.0.0',
    })
    expect(files.flatMap((file) => file.messages.map(String))).toEqual([])
    broken = catalogFromSource(source as NonNullable<typeof source>)
    report = lintBranches(broken)
  }, LIBRARY_TIMEOUT)

  const find = (ruleId: string, file: string) =>
    report.failures.find((failure) => failure.ruleId === ruleId && failure.file === file)

  it.each([
    [
      'G2: a cross-reference to a clause some answers leave out',
      'unresolved-reference',
      'clauses/remedy.md',
    ],
    ['a clause whose whole body is conditional', 'empty-section', 'clauses/empty-without-note.md'],
    ['a lead-in whose list is conditional', 'empty-list', 'clauses/lead-in-without-list.md'],
    ['a table whose rows are conditional', 'empty-table', 'clauses/table-without-rows.md'],
    ['weightings that add up to 110', 'weightings-total', 'clauses/weightings.md'],
    ['an escaped mustache', 'leftover-placeholder', 'clauses/leftover-mustache.md'],
    ['a rate the data lacks, in one branch', 'render-error', 'clauses/london-rate.md'],
    ['a term only the Definitions clause uses', 'undefined-term', 'documents/doc-main.md'],
    ['a document whose only clause is conditional', 'empty-document', 'documents/doc-extra.md'],
    ['a comparison of two answers', 'unenumerable-comparison', 'clauses/two-answers.md'],
    [
      'T19: a provision named where it does not apply',
      'citation-scope',
      'clauses/payment-reporting.md',
    ],
    [
      'T18: a placeholder bidders read, in one branch',
      'placeholder',
      'clauses/placeholder-in-branch.md',
    ],
  ])('should fail %s (%s)', (_case, ruleId, file) => {
    expect(
      find(ruleId, file),
      JSON.stringify(report.failures.map((f) => [f.ruleId, f.file])),
    ).toBeDefined()
  })

  it('should name the combination that fails as answers the questionnaire accepts', () => {
    const failure = find('unresolved-reference', 'clauses/remedy.md')
    const parsed = parseAnswers(JSON.stringify(failure?.answers), broken.questionnaire)
    expect(parsed.file.messages.map(String)).toEqual([])
    expect(parsed.answers).toEqual(failure?.answers)
    expect(() => generatePack(parsed.answers ?? {}, { catalog: broken, copy: 'drafter' })).toThrow(
      GenerationError,
    )
  })

  it('T19: should name the clause, the provision, why it does not apply, and answers that show it', () => {
    const failures = report.failures.filter((failure) => failure.ruleId === 'citation-scope')
    expect(failures.map((failure) => failure.message).sort()).toEqual([
      'the text cites "section 69 of the Procurement Act 2023" (pa2023-s69), but it applies only to procurements by a Welsh devolved authority started on or after 2026-04-01: cite it through {{cite}}, whose forms say what applies instead, or leave it out for these answers',
      'the text cites "section 69 of the Procurement Act 2023" (pa2023-s69), but it applies only to procurements started on or after 2026-01-01: cite it through {{cite}}, whose forms say what applies instead, or leave it out for these answers',
      'the text cites "section 69 of the Procurement Act 2023" (pa2023-s69), but it does not bind a ni-devolved authority: cite it through {{cite}}, whose forms say what applies instead, or leave it out for these answers',
    ])
    for (const failure of failures) {
      expect(failure.clause).toBe('payment-reporting')
      const parsed = parseAnswers(JSON.stringify(failure.answers), broken.questionnaire)
      expect(parsed.file.messages.map(String)).toEqual([])
      const pack = generatePack(parsed.answers ?? {}, { catalog: broken, copy: 'issue' })
      expect(JSON.stringify(pack.documents)).toContain('section 69 of the Procurement Act 2023')
    }
    // Note: the clause's cite is right for every answer: only the words written into it fail.
    const ni = failures.find((failure) => failure.message.includes('ni-devolved'))
    expect(ni?.answers).toMatchObject({ authority: { nation: 'northern-ireland', devolved: true } })
  })

  it('T18: should name the clause and the placeholder, and the branch that prints it', () => {
    const failure = find('placeholder', 'clauses/placeholder-in-branch.md')
    expect(failure?.message).toBe(
      'bidders read the placeholder "[●]": "uthority pays each valid invoice within [●] days."',
    )
    expect(failure?.answers).toMatchObject({ pay: { living: true } })
  })

  it('should report only the failing branch: the weightings add up when pay.living is yes', () => {
    const failure = find('weightings-total', 'clauses/weightings.md')
    expect(failure?.message).toBe(
      'the weightings add up to 110 per cent; they must add up to exactly 100',
    )
    expect(failure?.answers).toMatchObject({ pay: { living: false } })
    expect(failure?.combinations).toBeGreaterThan(0)
  })

  it('should print, from the CLI, the file, document, clause and rule, then answers that rerun it', () => {
    const run = runCli(['lint', folder, '--branches'])
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/Combinations reachable: \d+, over \d+ units/)
    const lines = run.stderr.split('\n')
    const at = lines.findIndex((line) =>
      line.endsWith(
        'clauses/weightings.md: error: doc-main, clause weightings: the weightings add up to 110 per cent; they must add up to exactly 100 [weightings-total]',
      ),
    )
    expect(at).toBeGreaterThanOrEqual(0)
    const yaml = lines
      .slice(at + 2)
      .filter((_line, index, all) => all.slice(0, index + 1).every((one) => one.startsWith('    ')))
      .map((line) => line.slice(4))
      .join('\n')
    const parsed = parseAnswers(yaml, broken.questionnaire)
    expect(parsed.file.messages.map(String)).toEqual([])
    expect(parsed.answers).toMatchObject({ pay: { living: false } })
  })
})
