import path from 'node:path'
import type { BranchReport } from '@betterforus/generator'
import { stringify } from 'yaml'

const count = (value: number) => value.toLocaleString('en-GB')

/**
 * Print each branch-lint failure as `file: error: reason [rule-id]`, like `lint`, followed by
 * answers a lawyer can save and generate to see it.
 */
export function formatBranchFailures(
  report: BranchReport,
  directory: string,
  cwd = process.cwd(),
): string {
  return report.failures
    .map((failure) => {
      const file = path.relative(cwd, path.join(directory, failure.file)) || failure.file
      const where = [failure.document, failure.clause && `clause ${failure.clause}`]
        .filter(Boolean)
        .join(', ')
      const times =
        failure.combinations === 1 ? '' : ` (${count(failure.combinations)} combinations)`
      const answers = stringify(failure.answers, { lineWidth: 0 }).trimEnd()
      return [
        `${file}: error: ${where ? `${where}: ` : ''}${failure.message}${times} [${failure.ruleId}]`,
        '  answers that show it (save as answers.yaml, then `betterforus generate answers.yaml --out out`):',
        ...answers.split('\n').map((line) => `    ${line}`),
      ].join('\n')
    })
    .join('\n')
}

/** Print what the branch lint covered: questions and classes, combinations, renders. */
export function formatBranchCoverage(report: BranchReport): string {
  return [
    `Questions enumerated: ${report.questions.length}`,
    ...report.questions.map((question) => `  ${question.id}: ${question.classes.join(' | ')}`),
    `Combinations in the full product of those classes: ${count(report.fullProduct)} (not enumerated)`,
    `Combinations reachable: ${count(report.reachable)}, enumerated per unit (${report.units} units: each clause in its document, each document's opening text and choice of clauses, the memo)`,
    `Combinations rendered (generatePack + Markdown) and checked: ${count(report.rendered)}; the others print the same text as one rendered`,
    `Documents checked: ${report.documents}`,
  ].join('\n')
}
