// The release bundle for the campaign's website: npm run build-release --
//   [--out <dir>] [--previous <dir of the previous release bundle>] [--templates <dir>]
// writes release/<version>/: clauses/<id>.md (one readable page per clause), index.json (id,
// title, version, principles, regimes, nations), CHANGELOG.md and REDLINE.md. The clauses are
// read by the clause compiler, so a templates folder with any error writes nothing.

import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { compileCatalog } from '@betterforus/clauses/compiler'
import { reporter } from 'vfile-reporter'
import { clauseChangelog, clausePage, indexEntry } from './lib/release-clause.js'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
function option(name: string) {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? undefined : process.argv[index + 1]
}

const clausesPackage = path.join(root, 'packages/clauses')
const { version } = JSON.parse(readFileSync(path.join(clausesPackage, 'package.json'), 'utf8'))
const templates = path.resolve(option('templates') ?? path.join(root, 'templates'))
const out = path.resolve(option('out') ?? path.join(root, 'release', version))
const previous = option('previous')

const { catalog, files } = await compileCatalog(templates, {
  name: '@betterforus/clauses',
  version,
})
if (!catalog) {
  console.error(reporter(files, { quiet: true }))
  console.error(`build-release: ${templates} has errors (above): fix them; nothing was written`)
  process.exit(1)
}
const { clauses } = catalog

rmSync(out, { recursive: true, force: true })
mkdirSync(path.join(out, 'clauses'), { recursive: true })
const index = clauses.map((clause) => indexEntry(clause))
for (const clause of clauses)
  writeFileSync(path.join(out, 'clauses', `${clause.meta.id}.md`), clausePage(clause))
writeFileSync(
  path.join(out, 'index.json'),
  `${JSON.stringify({ library: '@betterforus/clauses', version, clauses: index }, null, 2)}\n`,
)

// Note: changesets writes packages/clauses/CHANGELOG.md at each release; before the first, the
// clauses' own changelog entries stand in.
const packageChangelog = path.join(clausesPackage, 'CHANGELOG.md')
writeFileSync(
  path.join(out, 'CHANGELOG.md'),
  existsSync(packageChangelog) ? readFileSync(packageChangelog, 'utf8') : clauseChangelog(clauses),
)

writeFileSync(path.join(out, 'REDLINE.md'), redline())
console.log(
  `release ${version}: ${index.length} clauses → ${path.relative(process.cwd(), out) || '.'}`,
)

/**
 * The redline of this release against the previous one, from `betterforus diff`: the per-document
 * Markdown redlines go to redline/, and REDLINE.md holds the summary of every clause change.
 */
function redline() {
  const heading = `# Redline of release ${version}\n\n`
  const how = `Made with \`betterforus diff --from <previous release> --to <this release's templates> --out redline\`; \`npm run build-release -- --previous <release>\` (a version installed side by side, a templates folder or a package folder) adds it here.\n`
  if (!previous)
    return `${heading}No previous release was given, so this bundle has no redline. ${how}`
  const cli = path.join(root, 'packages/cli/dist/cli.js')
  const help = spawnSync(process.execPath, [cli, 'diff', '--help'], { encoding: 'utf8' })
  if (help.status !== 0 || !help.stdout.includes('--from')) {
    console.error(`build-release: \`betterforus diff\` is not in ${cli}; run the build first`)
    process.exit(1)
  }
  const folder = path.join(out, 'redline')
  const args = ['diff', '--from', previous, '--to', templates, '--out', folder, '--format', 'md']
  const diff = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' })
  if (diff.status !== 0) {
    console.error(`build-release: betterforus ${args.join(' ')} failed:\n${diff.stderr}`)
    process.exit(1)
  }
  const summary = path.join(folder, 'summary.md')
  const body = existsSync(summary) ? readFileSync(summary, 'utf8') : diff.stdout
  return `${heading}From ${previous} to ${version}; the redlines per document are in \`redline/\`.\n\n${body}`
}
