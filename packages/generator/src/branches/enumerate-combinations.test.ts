import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { catalogFromSource, compileCatalog } from '@betterforus/clauses/compiler'
import type { Question } from '@betterforus/questionnaire'
import { afterAll, describe, expect, it } from 'vitest'
import {
  CombinationLimitError,
  enumerateCombinations,
  MAX_COMBINATIONS_PER_UNIT,
} from './enumerate-combinations.js'
import { lintBranches } from './lint-branches.js'

const minimal = fileURLToPath(new URL('../../../clauses/fixtures/minimal/', import.meta.url))
const temporary: string[] = []
afterAll(() => Promise.all(temporary.map((folder) => rm(folder, { recursive: true, force: true }))))

/** Optional yes/no questions `flag.q0`, `flag.q1` …, each with the classes yes and no. */
function flags(count: number) {
  const questions: Question[] = Array.from({ length: count }, (_, index) => ({
    id: `flag.q${index}`,
    text: `Flag ${index}?`,
    type: 'yes-no',
  }))
  const yesNo = [
    { label: 'yes', value: true },
    { label: 'no', value: false },
  ]
  const classes = new Map(questions.map((question) => [question.id, yesNo]))
  return { space: { questions, classes, rules: [] }, domains: classes }
}

describe('enumerateCombinations', () => {
  it('G12: should reach every combination up to the limit, each counted once', () => {
    const { space, domains } = flags(6)
    // Note: optional questions also take "not answered": 3^6 combinations.
    const all = [...enumerateCombinations(space, domains, () => true, 729)]
    expect(all).toHaveLength(729)
    expect(all.some(({ answers }) => Object.keys(answers).length === 0)).toBe(true)
  })

  it('G12: should throw, naming the limit and the answers, one combination past the limit', () => {
    const { space, domains } = flags(6)
    const run = () => [...enumerateCombinations(space, domains, () => true, 728)]
    expect(run).toThrow(CombinationLimitError)
    expect(run).toThrow(
      'more than 728 combinations of 6 answers (flag.q0, flag.q1, flag.q2, flag.q3, flag.q4, flag.q5) to check; the branch lint stopped rather than check only some',
    )
    expect(MAX_COMBINATIONS_PER_UNIT).toBe(1_000_000)
  })

  it('G12: should build answers without prototypes', () => {
    const { space, domains } = flags(1)
    const answers = [...enumerateCombinations(space, domains)].map((one) => one.answers)
    expect(answers).toHaveLength(3)
    for (const one of answers.filter((item) => Object.keys(item).length > 0)) {
      expect(Object.getPrototypeOf(one)).toBeNull()
      expect(Object.getPrototypeOf(one.flag)).toBeNull()
    }
  })
})

describe('lintBranches combination limit', () => {
  it('G12: should fail a unit past the limit, naming its file, document and count, and not sample it', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'bfu-branches-'))
    temporary.push(folder)
    await cp(minimal, folder, { recursive: true })
    const questionnaire = path.join(folder, 'questionnaire.yaml')
    const ids = Array.from({ length: 8 }, (_, index) => `flag.q${index}`)
    await writeFile(
      questionnaire,
      `${await readFile(questionnaire, 'utf8')}${ids.map((id) => `      - { id: ${id}, text: ${id}?, type: yes-no }\n`).join('')}`,
    )
    const remedy = path.join(folder, 'clauses/remedy.md')
    await writeFile(
      remedy,
      `${await readFile(remedy, 'utf8')}\n${ids.map((id) => `{{#if ${id}}}${id}{{/if}}`).join(' ')}\n`,
    )
    const { catalog, files } = await compileCatalog(folder, {
      name: '@example/minimal-library',
      version: '1.0.0',
    })
    expect(files.flatMap((file) => file.messages.map(String))).toEqual([])
    if (!catalog) throw new Error('the fork compiles')
    const report = lintBranches(catalogFromSource(catalog), { combinationLimit: 1000 })
    const limited = report.failures.filter((failure) => failure.ruleId === 'too-many-combinations')
    expect(limited.map((failure) => [failure.file, failure.clause])).toEqual([
      ['clauses/remedy.md', 'remedy'],
    ])
    expect(limited[0]?.message).toMatch(
      /^clauses\/remedy\.md in doc-\S+: more than 1000 combinations of \d+ answers \(.*flag\.q7.*\) to check; the branch lint stopped rather than check only some; split it/,
    )
    // Note: the same fork is checked in full under the default limit.
    const full = lintBranches(catalogFromSource(catalog))
    expect(full.failures.filter((failure) => failure.ruleId === 'too-many-combinations')).toEqual(
      [],
    )
    expect(full.reachable).toBeGreaterThan(report.reachable)
  })
})
