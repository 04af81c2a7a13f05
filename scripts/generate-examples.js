// `npm run examples`: after the build, generate the pack of every example answers file into out/.

import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const examples = path.join(root, 'templates', 'examples')
const cli = path.join(root, 'packages', 'cli', 'dist', 'cli.js')

let failed = 0
for (const name of readdirSync(examples)
  .filter((file) => /\.ya?ml$|\.json$/.test(file))
  .sort()) {
  const out = path.join(root, 'out', name.replace(/\.[^.]+$/, ''))
  const run = spawnSync(
    process.execPath,
    [cli, 'generate', path.join(examples, name), '--out', out],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  if (run.status === 0) console.log(`${name} → ${path.relative(process.cwd(), out)}/`)
  else failed += 1
}
if (failed > 0) process.exit(1)
console.log(
  `\nThe tender packs are in ${path.relative(process.cwd(), path.join(root, 'out')) || 'out'}/ (drafter copies, Markdown and DOCX).`,
)
