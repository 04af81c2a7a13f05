import { catalog } from '@betterforus/clauses'
import { lintBranches } from './src/branches/lint-branches.js'
const t0 = performance.now()
const report = lintBranches(catalog)
console.log({ ...report, failures: report.failures.length, questions: report.questions.length }, ((performance.now() - t0) / 1000).toFixed(1), 's')
for (const f of report.failures) console.log(f.ruleId, f.file, f.document, f.clause, f.combinations, f.message.slice(0, 200))
