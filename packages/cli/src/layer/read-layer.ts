import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import type { HouseStyle } from '@betterforus/generator'
import {
  nodePlace,
  type ParsedYaml,
  parseYaml,
  reportError,
  yamlToValue,
} from '@betterforus/questionnaire'
import semver from 'semver'
import { VFile } from 'vfile'
import type { z } from 'zod'
import { LayerError } from './layer-error.js'
import { type LayerFile, layerFileSchema, layerPackageSchema } from './layer-schema.js'
import { readLayerFile } from './read-layer-file.js'
import { MAX_LOGO_BYTES, readLogo } from './read-logo.js'

/** The library a layer sits on, as npm names it. */
export const LIBRARY_PACKAGE = '@betterforus/clauses'
const MAX_YAML_BYTES = 64 * 1024
const MAX_CLAUSE_BYTES = 256 * 1024
const MAX_CLAUSES = 100

/** A council layer, read and checked on its own (before the library it sits on is known). */
export interface Layer {
  /** The layer folder, resolved. */
  root: string
  name: string
  version: string
  /** The range of `@betterforus/clauses` versions its `package.json` depends on. */
  libraryRange: string
  /** `layer.yaml`, with its parse for placing messages. */
  file: VFile
  parsed: ParsedYaml
  config: LayerFile
  houseStyle: HouseStyle
  /** The logo's path inside the layer, as recorded in provenance. */
  logo: string | undefined
  /** Each local clause file: its id (the file name) and text. */
  clauses: Array<{ id: string; path: string; text: string }>
  /** `defaults.yaml`, parsed, when the layer has one. */
  defaults: { file: VFile; parsed: ParsedYaml } | undefined
}

/** Parse YAML with the hardened reader and validate it, placing every problem in `file`. */
function readYamlFile<T extends z.ZodType>(
  text: string,
  schema: T,
  file: VFile,
): { parsed: ParsedYaml; value: z.output<T> } | undefined {
  const parsed = parseYaml(text, file, { kind: 'a layer file' })
  if (!parsed) return undefined
  const result = schema.safeParse(yamlToValue(parsed.doc.contents))
  if (result.success) return { parsed, value: result.data }
  for (const issue of result.error.issues) {
    const keys = issue.path.filter((part) => typeof part !== 'symbol')
    let place = nodePlace(parsed, [])
    for (let depth = keys.length; depth > 0; depth -= 1) {
      const found = nodePlace(parsed, keys.slice(0, depth))
      if (found) {
        place = found
        break
      }
    }
    const field = keys.length > 0 ? `\`${keys.join('.')}\`: ` : ''
    const extra = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : ''
    reportError(file, `${field}${issue.message}${extra}`, 'invalid-layer-field', place?.start)
  }
  return undefined
}

/** Read a text file of the layer into `file`, or report why not. */
async function readText(root: string, relative: string, maxBytes: number, file: VFile) {
  const read = await readLayerFile(root, relative, maxBytes)
  if ('problem' in read) {
    reportError(file, read.problem, 'layer-file')
    return undefined
  }
  try {
    // Note: BOM dropped, line endings left to the YAML reader, which reads CR and CRLF as LF.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes)
    file.value = text
    return text
  } catch {
    reportError(file, `\`${relative}\` is not UTF-8 text; save it as UTF-8`, 'layer-file')
    return undefined
  }
}

/** The layer's `package.json`: name, version and the library range it depends on. */
async function readPackage(root: string, files: VFile[]) {
  const file = new VFile({ path: path.join(root, 'package.json') })
  files.push(file)
  const text = await readText(root, 'package.json', MAX_YAML_BYTES, file)
  if (text === undefined) return undefined
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    reportError(file, `not valid JSON (${(error as Error).message})`, 'layer-package')
    return undefined
  }
  const result = layerPackageSchema.safeParse(json)
  if (!result.success) {
    for (const issue of result.error.issues)
      reportError(file, `\`${issue.path.join('.')}\`: ${issue.message}`, 'layer-package')
    return undefined
  }
  // Note: own keys only, so a `dependencies` inherited from a prototype cannot count.
  const own = json as Record<string, unknown>
  const ranges = ['peerDependencies', 'dependencies']
    .map((key) => (Object.hasOwn(own, key) ? own[key] : undefined))
    .map((group) =>
      group && typeof group === 'object' && Object.hasOwn(group, LIBRARY_PACKAGE)
        ? (group as Record<string, unknown>)[LIBRARY_PACKAGE]
        : undefined,
    )
  const range = ranges.find((value) => value !== undefined)
  if (typeof range !== 'string' || semver.validRange(range) === null) {
    reportError(
      file,
      range === undefined
        ? `no dependency on \`${LIBRARY_PACKAGE}\`: add \`"peerDependencies": { "${LIBRARY_PACKAGE}": "^1.1.0" }\` naming the library versions the layer was written for`
        : `the dependency on \`${LIBRARY_PACKAGE}\` is ${JSON.stringify(range)}, not a version range; write one such as \`^1.1.0\``,
      'layer-package',
    )
    return undefined
  }
  return { name: result.data.name, version: result.data.version, range }
}

/**
 * The folder `--layer` names: a folder, or an installed layer package by its name, looked for in
 * `./node_modules` of the current folder only, as releases are (R1).
 */
async function layerFolder(directory: string): Promise<string> {
  const given = path.resolve(directory)
  if (
    await stat(given).then(
      () => true,
      () => false,
    )
  )
    return given
  const isName = /^(?:@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/.test(directory)
  const installed = path.resolve('node_modules', directory)
  return isName &&
    (await stat(installed).then(
      () => true,
      () => false,
    ))
    ? installed
    : given
}

/**
 * Read a council layer folder (or an installed layer package) as data: `package.json`,
 * `layer.yaml`, `clauses/*.md`, `defaults.yaml` and the logo, each size-capped, YAML through
 * the hardened reader, every field checked.
 *
 * @param directory The layer folder, as the user named it.
 * @throws {LayerError} Naming every problem with file, line and column, and the fix.
 */
export async function readLayer(directory: string): Promise<Layer> {
  const root = await layerFolder(directory)
  const stats = await stat(root).catch(() => undefined)
  if (!stats?.isDirectory()) {
    throw new LayerError(
      [],
      `--layer: ${directory} ${stats ? 'is a file, not a folder' : 'does not exist (nor is it a package installed in ./node_modules)'}; name a council layer folder (with package.json and layer.yaml), or an installed layer package, see docs/council-layer.md`,
    )
  }
  const files: VFile[] = []
  const own = await readPackage(root, files)

  const file = new VFile({ path: path.join(root, 'layer.yaml') })
  files.push(file)
  const text = await readText(root, 'layer.yaml', MAX_YAML_BYTES, file)
  const read = text === undefined ? undefined : readYamlFile(text, layerFileSchema, file)

  let houseStyle: HouseStyle = {}
  const logoPath = read?.value['house-style'].logo?.file
  if (read) {
    const style = read.value['house-style']
    houseStyle = {
      ...(style['heading-font'] && { headingFont: style['heading-font'] }),
      ...(style['heading-colour'] && { headingColour: style['heading-colour'] }),
      ...(style['body-font'] && { bodyFont: style['body-font'] }),
      ...(style['cover-lines'] && { coverLines: style['cover-lines'] }),
      ...(style['header-line'] && { headerLine: style['header-line'] }),
    }
    if (style.logo) {
      const place = nodePlace(read.parsed, ['house-style', 'logo', 'file'])?.start
      const bytes = await readLayerFile(root, style.logo.file, MAX_LOGO_BYTES)
      const logo = 'problem' in bytes ? bytes.problem : readLogo(bytes.bytes, style.logo.alt)
      if (typeof logo === 'string')
        reportError(
          file,
          `\`house-style.logo.file\`: ${'problem' in bytes ? '' : `\`${style.logo.file}\`: `}${logo}`,
          'layer-logo',
          place,
        )
      else houseStyle.logo = logo
    }
  }

  const clauses: Layer['clauses'] = []
  const names = await readdir(path.join(root, 'clauses')).catch(() => [] as string[])
  const markdown = names.filter((name) => name.endsWith('.md')).sort()
  if (markdown.length > MAX_CLAUSES) {
    reportError(
      file,
      `clauses/ holds ${markdown.length} clause files, over the limit of ${MAX_CLAUSES}`,
      'layer-clauses',
    )
  }
  for (const name of markdown.slice(0, MAX_CLAUSES)) {
    const clauseFile = new VFile({ path: path.join(root, 'clauses', name) })
    const clauseText = await readText(root, `clauses/${name}`, MAX_CLAUSE_BYTES, clauseFile)
    if (clauseText === undefined) files.push(clauseFile)
    else clauses.push({ id: name.slice(0, -3), path: clauseFile.path, text: clauseText })
  }

  let defaults: Layer['defaults']
  const hasDefaults = await stat(path.join(root, 'defaults.yaml')).then(
    () => true,
    () => false,
  )
  if (hasDefaults) {
    const defaultsFile = new VFile({ path: path.join(root, 'defaults.yaml') })
    files.push(defaultsFile)
    const defaultsText = await readText(root, 'defaults.yaml', MAX_YAML_BYTES, defaultsFile)
    const parsed =
      defaultsText === undefined
        ? undefined
        : parseYaml(defaultsText, defaultsFile, { kind: 'a defaults file' })
    if (parsed) defaults = { file: defaultsFile, parsed }
  }

  const failed = files.some((each) => each.messages.some((message) => message.fatal))
  if (failed || !own || !read) {
    throw new LayerError(files, `The layer in ${directory} cannot be used; nothing was written.`)
  }
  return {
    root,
    name: own.name,
    version: own.version,
    libraryRange: own.range,
    file,
    parsed: read.parsed,
    config: read.value,
    houseStyle,
    logo: logoPath,
    clauses,
    defaults,
  }
}
