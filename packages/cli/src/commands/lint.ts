import { catalogFromSource, compileCatalog } from '@betterforus/clauses/compiler'
import { lintBranches } from '@betterforus/generator/lint'
import { formatBranchCoverage, formatBranchFailures } from '../format-branch-report.js'
import { countErrors, formatMessages } from '../format-messages.js'
import { readTemplatesFolder } from '../read-templates-folder.js'

/**
 * `betterforus lint [templates] [--branches] [--layer <dir>]`: check every template, the
 * questionnaire and the data, and print each problem as `file:line:column`; with `--layer`, also
 * the council layer over them; with `--branches`, also render every reachable combination of the
 * answers the branches depend on (of the layered library, given a layer) and check each document.
 *
 * @returns The exit code: 1 when there is any error.
 */
export async function lintCommand(
  directory: string,
  options: { branches?: boolean; layer?: string; reviewedRelease?: string } = {},
): Promise<number> {
  const { root, library } = await readTemplatesFolder(directory, 'lint', 'templates')
  const { catalog, files } = await compileCatalog(root, library)
  const report = formatMessages(files)
  if (report) console.error(report)
  const errors = countErrors(files)
  if (errors > 0 || !catalog) {
    console.error(`\n${errors} error(s) in ${directory}.`)
    return 1
  }
  console.log(
    `${directory}: ${catalog.clauses.length} clauses, ${catalog.documents.length} documents, no errors.`,
  )
  let linted = catalog
  if (options.layer !== undefined) {
    const { lintLayer } = await import('../layer/lint-layer.js')
    const { exitCode, layered } = await lintLayer(options.layer, root, catalog, options)
    if (exitCode !== 0 || !layered) return exitCode
    // Note: with a layer, the branches of the council's packs: the library with the layer over it.
    linted = layered
  }
  if (!options.branches) return 0
  const started = performance.now()
  const branches = lintBranches(catalogFromSource(linted))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`\nBranch lint (${seconds} s):\n${formatBranchCoverage(branches)}`)
  if (branches.failures.length === 0) {
    console.log(`${directory}: every reachable combination renders and passes every check.`)
    return 0
  }
  console.error(formatBranchFailures(branches, directory))
  console.error(`\n${branches.failures.length} branch error(s) in ${directory}.`)
  return 1
}
