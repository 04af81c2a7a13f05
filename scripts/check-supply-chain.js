// CI check (docs/bad-inputs.md S1): fails when Handlebars below 4.7.9 is installed anywhere in the
// tree, or when a workspace depends on docx by anything but an exact version (or the installed docx
// differs from the pin). Usage: node scripts/check-supply-chain.js, after npm ci.

import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkDocx, checkHandlebars } from './lib/supply-chain.js'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

/** @param {string} name */
function npmLs(name) {
  // Note: npm ls exits 1 when the tree has problems but still prints the JSON, which we judge.
  const run = spawnSync('npm', ['ls', name, '--all', '--json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  try {
    return JSON.parse(run.stdout)
  } catch {
    console.error(`check-supply-chain: npm ls ${name} printed no JSON:\n${run.stderr}`)
    process.exit(2)
  }
}

const rootManifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const workspaces = ['.', ...rootManifest.workspaces].map((folder) => {
  const file = path.join(folder, 'package.json')
  return { file, manifest: JSON.parse(readFileSync(path.join(root, file), 'utf8')) }
})

const problems = [...checkHandlebars(npmLs('handlebars')), ...checkDocx(workspaces, npmLs('docx'))]
if (problems.length > 0) {
  console.error(`check-supply-chain: ${problems.length} problem(s):`)
  for (const problem of problems) console.error(`- ${problem}`)
  process.exit(1)
}
console.log(
  'check-supply-chain: handlebars >= 4.7.9 everywhere; docx pinned exactly and installed as pinned',
)
