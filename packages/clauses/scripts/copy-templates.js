// Build step: copy the library's content (the repository's templates/) into this package as
// templates/, so the published package carries it as files: councils read, diff and build on the
// templates, and `betterforus diff` reads a release installed side by side as data, never code.
// Left out: the workspace's package.json (the package is named by its own) and the golden
// outputs in examples/expected/, which are test data, not content.
import { cpSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const source = path.resolve(here, '../../../templates')
const target = path.resolve(here, '../templates')
const skipped = new Set(['package.json', 'node_modules', path.join('examples', 'expected')])

rmSync(target, { recursive: true, force: true })
cpSync(source, target, {
  recursive: true,
  filter: (file) => !skipped.has(path.relative(source, file)),
})
