import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { repositoryRoot, templatesFolder } from './paths.js'
import { runCli } from './run-cli.js'

/** The example council layer of the repository, Riverside Borough Council (fictional). */
export const layerFolder = path.join(repositoryRoot, 'examples/layer-riverside')
/** A Riverside procurement whose authority comes from the layer's defaults. */
export const layerAnswers = path.join(repositoryRoot, 'examples/riverside-estate-cleaning.yaml')

/** `betterforus generate` of the example procurement with the example layer, in one format. */
export function generateWithLayer(out: string, format: 'md' | 'docx'): ReturnType<typeof runCli> {
  return runCli([
    'generate',
    layerAnswers,
    '--out',
    out,
    '--layer',
    layerFolder,
    '--format',
    format,
  ])
}

/** Copy the example layer into `folder`, to change it in a test. */
export function copyLayer(folder: string): string {
  const copy = path.join(folder, 'layer')
  cpSync(layerFolder, copy, { recursive: true })
  return copy
}

/** Edit one text file of a folder in place. */
export function editFile(file: string, edit: (text: string) => string): void {
  writeFileSync(file, edit(readFileSync(file, 'utf8')))
}

/**
 * A newer release of the library, as a templates folder: `pay-rlw-require` (which the example
 * layer replaces) at 2.0.0 with a changed obligation, published as `@betterforus/clauses@2.0.0`.
 */
export function upgradedLibrary(folder: string): string {
  const release = path.join(folder, 'clauses-2.0.0')
  cpSync(templatesFolder, release, {
    recursive: true,
    filter: (source) => path.relative(templatesFolder, source) !== 'examples',
  })
  const entry =
    '  - { version: 2.0.0, date: 2027-01-15, summary: Evidence within five Working Days., reason: test upgrade }\n'
  editFile(path.join(release, 'clauses/pay-rlw-require.md'), (text) => {
    const close = text.indexOf('\n---\n', 4) + 1
    return `${text.slice(0, close)}${entry}${text.slice(close)}`
      .replace(/^version: .*$/m, 'version: 2.0.0')
      .replace(
        'evidence that it is meeting this clause within {{threshold "evidence-working-days"}} Working Days',
        'evidence that it is meeting this clause within five Working Days',
      )
  })
  writeFileSync(
    path.join(release, 'package.json'),
    `${JSON.stringify({ name: '@betterforus/clauses', version: '2.0.0' })}\n`,
  )
  return release
}
