// Print the size of the JavaScript the first pages load, gzipped, from the production build:
// the start page's (the scripts index.html loads and preloads), and the questionnaire's (that,
// plus the app chunk the start page fetches at once in the background, with every chunk those
// import statically). Fails when the questionnaire's is over the budget (250 KB) or either
// contains the DOCX writer, which must load only when a download is asked for.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const BUDGET_KB = 250
/** The chunk the start page imports at once: the questionnaire, its catalog and pages. */
const EAGER = 'src/app/app.tsx'
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist')
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'))

/** A chunk's file and the files of every chunk it imports statically. */
function withImports(key, seen = new Set()) {
  const chunk = manifest[key]
  if (!chunk || seen.has(chunk.file)) return seen
  seen.add(chunk.file)
  for (const imported of chunk.imports ?? []) withImports(imported, seen)
  return seen
}

let docx = false
const sizes = new Map()
function gzipped(file) {
  if (!sizes.has(file)) {
    const code = readFileSync(path.join(dist, file))
    const size = gzipSync(code, { level: 9 }).length
    // Note: strings only the DOCX writer holds: the docx library's Packer and the
    // WordprocessingML namespace and w:document it writes.
    if (/wordprocessingml\/2006\/main|w:document|Packer/.test(code.toString('utf8'))) docx = true
    process.stdout.write(
      `/${file}  ${(code.length / 1024).toFixed(1)} KB, ${(size / 1024).toFixed(1)} KB gzipped\n`,
    )
    sizes.set(file, size)
  }
  return sizes.get(file)
}
const total = (files) => [...files].reduce((sum, file) => sum + gzipped(file), 0) / 1024

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry)
const start = withImports(entry)
const questionnaire = withImports(EAGER, new Set(start))
const startKb = total(start)
const kb = total(questionnaire)
process.stdout.write(`Start page JavaScript: ${startKb.toFixed(1)} KB gzipped\n`)
process.stdout.write(
  `Initial JavaScript (start page and questionnaire): ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)\n`,
)
process.stdout.write(`DOCX writer in the initial JavaScript: ${docx ? 'yes' : 'no'}\n`)
if (kb > BUDGET_KB || docx) process.exit(1)
