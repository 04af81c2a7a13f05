#!/usr/bin/env node
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { Command, InvalidArgumentError, Option } from 'commander'
import { maxJobs } from './batch/job-limits.js'
import { reportUserError } from './report-user-error.js'

// Note: each command is imported when it runs, so a batch's main thread never loads the
// generator and the catalog (its workers do).
const cliPackage = createRequire(import.meta.url)('../package.json') as { version: string }

/** `--jobs`: a whole number of worker threads, from 1 to the bound (C6). */
function parseJobs(value: string): number {
  const jobs = Number(value)
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new InvalidArgumentError('expected a whole number of 1 or more, such as --jobs 2.')
  }
  if (jobs > maxJobs()) {
    throw new InvalidArgumentError(
      `at most ${maxJobs()} (twice the ${availableParallelism()} cores here, and never over 16), such as --jobs ${maxJobs()}.`,
    )
  }
  return jobs
}

const program = new Command()
  .name('betterforus')
  .description(
    'Turn answers about a procurement into a tender pack of social-value and fair-work clauses.',
  )
  .version(cliPackage.version)
  .showHelpAfterError()

program
  .command('generate')
  .description(
    'Validate an answers file and write the tender pack and manifest.json to a folder. Given several answers files, folders of them or --list, a batch: each pack to its own folder.',
  )
  .argument('[answers...]', 'answers file, YAML or JSON; or several, or folders of them')
  .requiredOption(
    '-o, --out <dir>',
    'folder to write the pack to; in a batch, each pack goes to <dir>/<answers file name>/',
  )
  .option('-f, --format <formats>', 'output formats, comma-separated: md, docx', 'md,docx')
  .addOption(
    new Option('-c, --copy <copy>', 'drafter copy (with notes) or clean issue copy')
      .choices(['drafter', 'issue'])
      .default('drafter'),
  )
  .option(
    '-t, --templates <dir>',
    'generate from a templates folder (a fork) instead of this release',
  )
  .option(
    '--layer <dir>',
    'lay a council layer (house style, local clauses, defaults) over the library; see docs/council-layer.md',
  )
  .option('--toc', 'add a table of contents to each DOCX')
  .option('-d, --document <ids>', 'only these documents of the pack, comma-separated ids')
  .option(
    '-l, --list <file>',
    'batch: a file naming one answers file per line (relative to its folder; # comments)',
  )
  .addOption(
    new Option(
      '-j, --jobs <n>',
      'batch: worker threads (default: one per core but one, at least one; at most twice the cores, never over 16, and one per file)',
    ).argParser(parseJobs),
  )
  .option('--progress', 'batch: show a progress line on stderr even when it is not a terminal')
  .option('--no-progress', 'batch: never show the progress line')
  .action(async (answers, options) => {
    const { generateCommand } = await import('./commands/generate.js')
    process.exitCode = await generateCommand(answers, options)
  })

program
  .command('lint')
  .description(
    'Check every clause, document, data file and the questionnaire; print file:line:column.',
  )
  .argument('[templates]', 'templates folder', 'templates')
  .option(
    '--branches',
    'also render every reachable combination of the answers that conditions and templates branch on, and check each document',
  )
  .option(
    '--layer <dir>',
    "also check a council layer against this library: references, terms, conditions, defaults, and each replacement's version range (with the redline of a clause the library changed)",
  )
  .option(
    '--reviewed-release <release>',
    'with --layer: the release a replacement was reviewed against, for the redline, as diff --from (default: its `reviewed` version, installed in ./node_modules)',
  )
  .action(async (directory, options) => {
    const { lintCommand } = await import('./commands/lint.js')
    process.exitCode = await lintCommand(directory, options)
  })

program
  .command('questions')
  .description('List the questions of the questionnaire.')
  .option('--json-schema', 'print the JSON Schema of an answers file instead')
  .action(async (options) => {
    const { questionsCommand } = await import('./commands/questions.js')
    process.exitCode = questionsCommand(options)
  })

program
  .command('verify')
  .description(
    'Say which release and clauses made a generated document, and whether it came from an answers file.',
  )
  .argument('<document>', 'a generated .docx or .md file')
  .argument('[answers]', 'the answers file it should have been made from')
  .option(
    '-r, --release <release>',
    'check against this release: current, a version such as 1.0.0, a templates or package folder',
  )
  .option(
    '--layer <dir>',
    'lay a council layer (house style, local clauses, defaults) over the library; see docs/council-layer.md',
  )
  .action(async (document, answers, options) => {
    const { verifyCommand } = await import('./commands/verify.js')
    process.exitCode = await verifyCommand(document, answers, options)
  })

const copyOption = () =>
  new Option('-c, --copy <copy>', 'drafter copy (with notes) or clean issue copy')
    .choices(['drafter', 'issue'])
    .default('drafter')

program
  .command('diff')
  .description(
    'Redline two releases: per document a DOCX with Word tracked changes and a Markdown diff, and summary.md/summary.json of every clause change. Without answers, the clause library itself.',
  )
  .argument('[answers]', 'answers file: redline the pack each release renders from it')
  .requiredOption(
    '--from <release>',
    'the older release: current, a version such as 1.0.0 (installed side by side), a templates folder or a package folder',
  )
  .option('--to <release>', 'the newer release, as --from', 'current')
  .option(
    '--layer <dir>',
    "lay a council layer over both releases: what an upgrade changes in the council's own packs; see docs/council-layer.md",
  )
  .requiredOption('-o, --out <dir>', 'folder to write the redlines to')
  .option('-f, --format <formats>', 'output formats, comma-separated: md, docx', 'md,docx')
  .addOption(copyOption())
  .action(async (answers, options) => {
    const { diffCommand } = await import('./commands/diff.js')
    process.exitCode = await diffCommand(answers, options)
  })

program
  .command('rerender')
  .description(
    'Re-render answers saved on an older release with this one: migrate them (or refuse them whole), write the pack, and redline it against what the older release produced.',
  )
  .argument('<answers>', 'answers file, YAML or JSON, made on the older release')
  .requiredOption('--previous <release>', 'the release the answers were made on, as diff --from')
  .option('--release <release>', 'the release to render with, as diff --to', 'current')
  .option(
    '--layer <dir>',
    'lay a council layer (house style, local clauses, defaults) over both releases; see docs/council-layer.md',
  )
  .requiredOption('-o, --out <dir>', 'folder to write the pack and its redline to')
  .option('-f, --format <formats>', 'output formats, comma-separated: md, docx', 'md,docx')
  .addOption(copyOption())
  .option('--toc', 'add a table of contents to each DOCX of the pack')
  .action(async (answers, options) => {
    const { rerenderCommand } = await import('./commands/rerender.js')
    process.exitCode = await rerenderCommand(answers, options)
  })

try {
  await program.parseAsync()
} catch (error) {
  process.exitCode = reportUserError(error)
}
