import { readFileSync } from 'node:fs'
import path from 'node:path'
import { catalog } from '@betterforus/clauses'
import { generatePack, toMarkdownDocument } from '@betterforus/generator'
import { parseAnswers } from '@betterforus/questionnaire'
import { describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { examplesFolder } from '../support/paths.js'

type Tree = Record<string, unknown>

/** A copy of `base` with `changes` written over it, object by object. */
function merge(base: Tree, changes: Tree): Tree {
  const out: Tree = { ...base }
  for (const [key, value] of Object.entries(changes)) {
    const before = out[key]
    out[key] =
      value && typeof value === 'object' && before && typeof before === 'object'
        ? merge(before as Tree, value as Tree)
        : value
  }
  return out
}

/** The issue copy's text, document by document, of an example changed by `changes`. */
function issueText(example: string, changes: Tree = {}): Record<string, string> {
  const file = path.join(examplesFolder, `${example}.yaml`)
  const text = stringify(merge(parse(readFileSync(file, 'utf8')) as Tree, changes))
  const { answers, file: messages } = parseAnswers(text, catalog.questionnaire, { path: file })
  if (!answers) throw new Error(messages.messages.map(String).join('\n'))
  const pack = generatePack(answers, { catalog, copy: 'issue' })
  return Object.fromEntries(
    pack.documents.map((tree) => [String(tree.data.id), toMarkdownDocument(tree)]),
  )
}

const light = catalog.data.thresholds['light-schedule-value']?.value ?? Number.NaN

describe('the contract chassis (legal review December 2026)', () => {
  it('point 5: a pack dated after the announcement window states the rate with its dates, never as the latest, and says to confirm it', () => {
    const documents = issueText('scotland', { document: { date: '2026-12-01' } })
    const all = Object.values(documents).join('\n')
    expect(all).not.toMatch(/most recently announced/i)
    expect(documents['doc-sv-requirements']).toContain(
      'the Living Wage Foundation announced on 22 October 2025',
    )
    expect(documents['doc-sv-requirements']).toMatch(
      /Bidders must confirm the current rates, and the date from which each must be paid, with the Living Wage Foundation/,
    )
  })

  it('points 11 and 13: records are kept for one period, by nation: 5 years in Scotland, 6 elsewhere', () => {
    const periods = (documents: Record<string, string>) =>
      [
        ...Object.values(documents)
          .join('\n')
          .matchAll(/keep (?:those )?records [^.]*/g),
      ].map((match) => match[0])
    expect(periods(issueText('scotland'))).toEqual([
      expect.stringMatching(
        /^keep records that support its reports for the period set out in clause \d+$/,
      ),
      'keep those records until 5 years after the Contract ends',
    ])
    expect(periods(issueText('wales'))).toEqual([
      expect.stringMatching(
        /^keep records that support its reports for the period set out in clause \d+$/,
      ),
      'keep those records until 6 years after the Contract ends',
    ])
  })

  it('point 11: the Supplier must procure audit access to its Sub-contractors', () => {
    const schedule = issueText('northern-ireland')['doc-contract-schedule'] ?? ''
    expect(schedule).toContain('The Supplier must procure that each Sub-contractor')
    expect(schedule).not.toContain('the same rights against the Sub-contractor')
  })

  it('point 19: below the light-schedule value there is no audit and no quarterly report; at it, both', () => {
    const below = issueText('england-act-london', { contract: { estimatedValue: light - 1 } })
    const at = issueText('england-act-london', { contract: { estimatedValue: light } })
    expect(below['doc-contract-schedule']).not.toMatch(/Audit\n/)
    expect(below['doc-contract-schedule']).not.toContain(
      'report progress against the Social Value Delivery Plan to the Buyer each quarter',
    )
    expect(below['doc-contract-schedule']).not.toContain('| Each quarter |')
    expect(at['doc-contract-schedule']).toMatch(/Audit\n/)
    expect(at['doc-contract-schedule']).toContain(
      'report progress against the Social Value Delivery Plan to the Buyer each quarter',
    )
  })

  it('point 8: the price mechanism follows pay.uplift, and the risk is on the Supplier when unanswered', () => {
    const indexed = issueText('england-act-london', { pay: { uplift: 'indexation' } })
    expect(indexed['doc-contract-schedule']).toContain('the Charges increase by the increase')
    expect(indexed['doc-sv-requirements']).toContain('include a Labour Cost Breakdown')
    const unanswered = issueText('england-act-london')
    expect(unanswered['doc-contract-schedule']).toContain('The Supplier carries that cost.')
  })

  it('point 10: persistent failure counts failures, a reserved contract may end on loss of status, withholding only when chosen', () => {
    const without = issueText('england-act-london')['doc-contract-schedule'] ?? ''
    expect(without).toMatch(/fails to meet this schedule on 3 or more separate occasions/)
    expect(without).not.toMatch(/or more notices asking for a Rectification Plan/)
    expect(without).toMatch(/stops meeting the conditions of the reservation/)
    expect(without).not.toContain('may withhold')
    const withholding = issueText('england-act-london', { pay: { underpaymentRemedy: true } })
    expect(withholding['doc-contract-schedule']).toContain(
      'the Buyer may withhold from any payment',
    )
  })

  it('point 15: no fair pay exception to the minimum score where fair pay is not scored', () => {
    const methodology = issueText('england-act-london')['doc-evaluation-methodology'] ?? ''
    expect(methodology).toContain('on any sub-criterion of the social value criterion will be')
    expect(methodology).not.toMatch(/other than (the )?fair pay/i)
  })
})
