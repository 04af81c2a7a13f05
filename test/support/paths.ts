import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repositoryRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)))
export const templatesFolder = path.join(repositoryRoot, 'templates')
export const examplesFolder = path.join(templatesFolder, 'examples')

/** Every example answers file in `templates/examples/`. */
export const examples = readdirSync(examplesFolder)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ name: name.replace(/\.yaml$/, ''), file: path.join(examplesFolder, name) }))
