// Build step: compile templates/ into src/catalog.generated.ts and the type of an answers file
// into src/answers.generated.ts, or fail with every problem.
import { readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { reporter } from 'vfile-reporter'
import { compileCatalog, writeAnswersType, writeCatalogModule } from '../src/compiler/index.js'

const require = createRequire(import.meta.url)
const templates = path.dirname(require.resolve('@betterforus/templates/package.json'))
const own = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'))

const { catalog, files } = await compileCatalog(templates, { name: own.name, version: own.version })
const problems = files.filter((file) => file.messages.length > 0)
if (problems.length > 0) console.error(reporter(problems, { quiet: true }))
if (!catalog) process.exit(1)

const target = new URL('../src/catalog.generated.ts', import.meta.url)
await writeFile(target, writeCatalogModule(catalog))
await writeFile(
  new URL('../src/answers.generated.ts', import.meta.url),
  writeAnswersType(catalog.questionnaire),
)
console.log(`compiled ${catalog.clauses.length} clauses and ${catalog.documents.length} documents`)
