import path from 'node:path'
import { catalog, findPlaceholder } from '@betterforus/clauses'
import { generatePack, toMarkdownDocument } from '@betterforus/generator'
import {
  type Answers,
  type AuthorityKind,
  deriveAuthorityKind,
  deriveRegime,
  parseAnswers,
  type Regime,
} from '@betterforus/questionnaire'
import { describe, expect, it } from 'vitest'
import { exampleAnswers } from '../support/generate-example.js'
import { stripFrontMatter } from '../support/markdown-text.js'
import { examples, examplesFolder } from '../support/paths.js'

/**
 * The citation matrix (issue 13 item 9): for each nation, regime, authority kind and start-date
 * class, the provisions a generated pack must cite and must never cite, written from facts.md
 * section 15 (checked 7 December 2026), not from the data. Each row builds its answers from an
 * example with overrides, and reads every document of the issue copy, the text bidders read.
 */
interface Row {
  nation: string
  regime: Regime
  kind: AuthorityKind
  /** The start-date class, in words. */
  started: string
  example: string
  overrides?: Record<string, Record<string, unknown>>
  /** Text the pack must contain (exact). */
  cites?: string[]
  /** Patterns the pack must never contain, each with the fact that forbids it. */
  never?: Array<[RegExp, string]>
  /** Why the row fails today: clause text this branch does not own (see the report). */
  pending?: string
}

const S69 = [/sections? 69(?!\d)/, 's.69 does not apply (facts 15.1)'] as [RegExp, string]
const S70 = [/section 70(?!\d)|69 and 70(?!\d)/, 's.70 does not apply (facts 15.1)'] as [
  RegExp,
  string,
]
const S71 = [/section 71(?!\d)/, 's.71 is in force from 1 January 2026 (facts 15.1)'] as [
  RegExp,
  string,
]
const REG113 = [/regulation 113(?!\d)/, 'reg 1(8A) takes devolved authorities out of reg 113'] as [
  RegExp,
  string,
]
const PA = [/Procurement Act 2023/, 'the Act does not govern this procurement'] as [RegExp, string]
const PCR = [/Public Contracts Regulations 2015/, 'the 2015 Regulations do not govern it'] as [
  RegExp,
  string,
]
const SSI = [
  /\(Scotland\) Regulations 2015|Scotland\) Act 2014/,
  'Scottish law does not apply',
] as [RegExp, string]
const PAYMENT_POLICY = "the Buyer's own policy on publishing payment information"
const POLICY_30_DAYS = "the Buyer's 30-day payment policy"
const reserved = {
  supportedEmployment: true,
  disadvantagedDefinition:
    'For this contract, a person is disadvantaged if they had been out of paid work for twelve months or more.',
}

const rows: Row[] = [
  {
    nation: 'england',
    regime: 'pa2023',
    kind: 'other',
    started: 'on or after 1 April 2026',
    example: 'england-act-small',
    overrides: { procurement: { startDate: '2026-05-11' } },
    cites: [
      'sections 69 and 70 of the Procurement Act 2023',
      'section 68 of the Procurement Act 2023',
    ],
    never: [PCR, SSI, REG113],
  },
  {
    nation: 'england',
    regime: 'pa2023',
    kind: 'other',
    started: 'from 1 January to 31 March 2026',
    example: 'england-act-small',
    overrides: { procurement: { startDate: '2026-02-02' } },
    cites: ['section 69 of the Procurement Act 2023'],
    never: [S70, PCR, SSI],
  },
  {
    nation: 'england',
    regime: 'pa2023',
    kind: 'other',
    started: 'from 24 February to 31 December 2025',
    example: 'england-act-small',
    overrides: { procurement: { startDate: '2025-06-02' } },
    cites: [PAYMENT_POLICY, 'section 68 of the Procurement Act 2023'],
    never: [S69, S70, S71, PCR, SSI],
  },
  {
    nation: 'england',
    regime: 'pcr2015',
    kind: 'other',
    started: 'before 24 February 2025',
    example: 'england-pcr-2015',
    cites: ['regulation 113 of the Public Contracts Regulations 2015'],
    never: [PA, SSI],
  },
  {
    nation: 'england',
    regime: 'pcr2015',
    kind: 'other',
    started: 'before 24 February 2025, reserved for supported employment',
    example: 'england-pcr-2015',
    overrides: { reserved },
    cites: ['regulation 20 of the Public Contracts Regulations 2015'],
    never: [PA, SSI],
  },
  {
    nation: 'england',
    regime: 'pcr2015',
    kind: 'other',
    started: 'before 24 February 2025, reserved: the notice refers to "this regulation"',
    example: 'england-pcr-2015',
    overrides: { reserved },
    never: [
      [/Directive 2014\/24\/EU/, 'reg 20(2) since SI 2020/1319: "this regulation" (facts 15.2)'],
    ],
  },
  {
    nation: 'wales',
    regime: 'pa2023',
    kind: 'welsh-devolved',
    started: 'on or after 1 April 2026',
    example: 'wales',
    cites: ['section 69 of the Procurement Act 2023', 'section 68 of the Procurement Act 2023'],
    never: [S70, PCR, SSI],
  },
  {
    nation: 'wales',
    regime: 'pa2023',
    kind: 'welsh-devolved',
    started: 'from 1 January to 31 March 2026',
    example: 'wales',
    overrides: { procurement: { startDate: '2026-02-02', procedure: 'open' } },
    cites: [PAYMENT_POLICY],
    never: [S69, S70, PCR, SSI],
  },
  {
    nation: 'wales',
    regime: 'pa2023',
    kind: 'other',
    started: 'on or after 1 April 2026',
    example: 'wales',
    overrides: { authority: { devolved: false } },
    cites: ['sections 69 and 70 of the Procurement Act 2023'],
    never: [PCR, SSI],
  },
  {
    nation: 'wales',
    regime: 'pcr2015',
    kind: 'welsh-devolved',
    started: 'before 24 February 2025',
    example: 'wales-pcr-2015',
    cites: [POLICY_30_DAYS, 'regulation 67 of the Public Contracts Regulations 2015'],
    never: [REG113, PA, SSI],
  },
  {
    nation: 'wales',
    regime: 'pcr2015',
    kind: 'other',
    started: 'before 24 February 2025',
    example: 'wales-pcr-2015',
    overrides: { authority: { devolved: false } },
    cites: ['regulation 113 of the Public Contracts Regulations 2015'],
    never: [PA, SSI],
  },
  {
    nation: 'northern-ireland',
    regime: 'pa2023',
    kind: 'ni-devolved',
    started: 'on or after 1 April 2026',
    example: 'northern-ireland',
    cites: [PAYMENT_POLICY, 'section 68 of the Procurement Act 2023'],
    never: [S69, S70, PCR, SSI],
  },
  {
    nation: 'northern-ireland',
    regime: 'pa2023',
    kind: 'other',
    started: 'on or after 1 April 2026',
    example: 'northern-ireland',
    overrides: { authority: { devolved: false } },
    cites: ['sections 69 and 70 of the Procurement Act 2023'],
    never: [PCR, SSI],
  },
  {
    nation: 'northern-ireland',
    regime: 'pcr2015',
    kind: 'ni-devolved',
    started: 'before 24 February 2025, reserved for a mutual',
    example: 'northern-ireland-pcr-2015',
    cites: [POLICY_30_DAYS, 'regulation 77 of the Public Contracts Regulations 2015'],
    never: [REG113, PA, SSI],
  },
  {
    nation: 'scotland',
    regime: 'scotland',
    kind: 'other',
    started: 'any date, reserved for supported businesses',
    example: 'scotland',
    cites: [
      'regulation 21 of the Public Contracts (Scotland) Regulations 2015',
      'regulation 67 of the Public Contracts (Scotland) Regulations 2015',
    ],
    never: [
      PA,
      PCR,
      REG113,
      [/regulation 77(?!\d)/, 'Scotland has no mutual reservation; SSI reg 77 is design contests'],
    ],
  },
  {
    nation: 'scotland',
    regime: 'scotland',
    kind: 'other',
    started: 'any date, reserved: Scottish words',
    example: 'scotland',
    never: [[/supported employment provider/i, 'Scotland says "supported business" (facts 15.2)']],
  },
]

/** An example's answers with some groups overridden, checked as the questionnaire checks them. */
function answersOf(row: Row): Answers {
  const base = exampleAnswers(path.join(examplesFolder, `${row.example}.yaml`)) as Record<
    string,
    Record<string, unknown>
  >
  const merged: Record<string, unknown> = { ...base }
  for (const [group, values] of Object.entries(row.overrides ?? {}))
    merged[group] = { ...base[group], ...values }
  const parsed = parseAnswers(JSON.stringify(merged), catalog.questionnaire)
  if (!parsed.answers) throw new Error(parsed.file.messages.map(String).join('\n'))
  return parsed.answers
}

/** The text bidders read: every document of the issue copy, without front matter. */
function issueText(answers: Answers): string {
  return generatePack(answers, { catalog, copy: 'issue' })
    .documents.map((tree) => stripFrontMatter(toMarkdownDocument(tree)))
    .join('\n')
}

describe('the citation matrix', () => {
  for (const row of rows) {
    const name = `${row.nation} · ${row.regime} · ${row.kind} · started ${row.started} (${row.example})`
    const test = row.pending ? it.fails : it
    // Note: a pending row fails today for the reason given, which the clause rewrite fixes; when
    // it passes, it.fails fails, and the row must lose its `pending`.
    test(name, () => {
      const answers = answersOf(row)
      expect([deriveRegime(answers), deriveAuthorityKind(answers)]).toEqual([row.regime, row.kind])
      const text = issueText(answers)
      for (const cite of row.cites ?? []) expect(text, `must cite "${cite}"`).toContain(cite)
      for (const [pattern, why] of row.never ?? []) {
        const found = pattern.exec(text)
        const around = found ? text.slice(Math.max(0, found.index - 80), found.index + 80) : ''
        expect(
          found?.[0],
          `must never match ${pattern}: ${why}; found in "${around}"`,
        ).toBeUndefined()
      }
    })
  }

  it('should cover every nation, regime and authority kind, and each start-date class', () => {
    const covered = (key: (row: Row) => string) => new Set(rows.map(key))
    expect(covered((row) => row.nation)).toEqual(
      new Set(['england', 'wales', 'scotland', 'northern-ireland']),
    )
    expect(covered((row) => `${row.nation} ${row.regime} ${row.kind}`).size).toBe(10)
    expect(covered((row) => (row.regime === 'pa2023' ? row.started : '')).size).toBe(4)
  })
})

describe('no placeholder in any issue copy', () => {
  it.each(examples)(
    '$name: bidders read no "to be confirmed", TBC, [●] or the like',
    ({ file }) => {
      const text = issueText(exampleAnswers(file))
      expect(text.length).toBeGreaterThan(1000)
      expect(findPlaceholder(text)).toBeUndefined()
    },
  )
})
