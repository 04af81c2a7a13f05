// Print the size of the initial JavaScript of the production build, gzipped: the scripts
// index.html loads and preloads. Fails when it is over the budget (280 KB) or contains the DOCX
// writer, which must load only when a download is asked for.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const BUDGET_KB = 280
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist')
const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
const initial = [
  ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((match) => match[1])

let total = 0
let docx = false
for (const src of new Set(initial)) {
  const code = readFileSync(path.join(dist, src.replace(/^\//, '')))
  const gzipped = gzipSync(code, { level: 9 }).length
  total += gzipped
  // Note: strings only the DOCX writer holds: the docx library's Packer and the
  // WordprocessingML namespace and w:document it writes.
  if (/wordprocessingml\/2006\/main|w:document|Packer/.test(code.toString('utf8'))) docx = true
  process.stdout.write(
    `${src}  ${(code.length / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped\n`,
  )
}
const kb = total / 1024
process.stdout.write(`Initial JavaScript: ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)\n`)
process.stdout.write(`DOCX writer in the initial JavaScript: ${docx ? 'yes' : 'no'}\n`)
if (kb > BUDGET_KB || docx) process.exit(1)
