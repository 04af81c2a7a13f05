import path from 'node:path'
import type { BranchReport } from '@betterforus/generator/lint'
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
        !failure.answers || failure.combinations === 1
          ? ''
          : ` (${count(failure.combinations)} combinations)`
      const line = `${file}: error: ${where ? `${where}: ` : ''}${failure.message}${times} [${failure.ruleId}]`
      if (!failure.answers) return line
      const answers = stringify(failure.answers, { lineWidth: 0 }).trimEnd()
      return [
        line,
        '  answers that show it (save as answers.yaml, then `betterforus generate answers.yaml --out out`):',
        ...answers.split('\n').map((text) => `    ${text}`),
      ].join('\n')
    })
    .join('\n')
}

/** Print what the branch lint covered: questions and classes, combinations, renders. */
export function formatBranchCoverage(report: BranchReport): string {
  return [
    `Questions enumerated: ${report.questions.length}`,
    ...report.questions.map((question) => `  ${question.id}: ${question.classes.join(' | ')}`),
    `Full product of those classes: ${count(report.fullProduct)} combinations (not enumerated: each unit is, see below)`,
    `Combinations reachable: ${count(report.reachable)}, over ${report.units} units (each clause in its document, each document's opening text and choice of clauses, the memo), each enumerated exhaustively`,
    `Combinations rendered (generatePack + Markdown) and checked: ${count(report.rendered)}: each combination whose templates print text no earlier one printed, and every document once per document.date class`,
    `Documents checked: ${report.documents}`,
    ...report.refused.map(
      (reason) =>
        `Refused by generatePack with a clear error (an answers error, not a document): ${reason}`,
    ),
  ].join('\n')
}
