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
import type { LayerFiles } from './layer-files.js'
import { type LayerFile, layerFileSchema, layerPackageSchema } from './layer-schema.js'
import { MAX_LOGO_BYTES, readLogo } from './read-logo.js'

/** The library a layer sits on, as npm names it. */
export const LIBRARY_PACKAGE = '@betterforus/clauses'
const MAX_YAML_BYTES = 64 * 1024
const MAX_CLAUSE_BYTES = 256 * 1024
const MAX_CLAUSES = 100

/** A council layer, read and checked on its own (before the library it sits on is known). */
export interface Layer {
  /** Where its files are read from. */
  files: LayerFiles
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
  /** Each local clause file: its id (the file name), the path messages give it, and its text. */
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
    // Note: an unknown key is placed at itself, not at the map that holds it.
    const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined
    let place = unknown === undefined ? undefined : nodePlace(parsed, [...keys, unknown])
    place ??= nodePlace(parsed, [])
    for (let depth = unknown === undefined ? keys.length : 0; depth > 0; depth -= 1) {
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
async function readText(files: LayerFiles, relative: string, maxBytes: number, file: VFile) {
  const read = await files.read(relative, maxBytes)
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
async function readPackage(files: LayerFiles, found: VFile[]) {
  const file = new VFile({ path: files.pathOf('package.json') })
  found.push(file)
  const text = await readText(files, 'package.json', MAX_YAML_BYTES, file)
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

/** The house style `layer.yaml` gives, with the logo read and checked from its file. */
async function readHouseStyle(
  files: LayerFiles,
  read: { parsed: ParsedYaml; value: LayerFile },
  file: VFile,
): Promise<HouseStyle> {
  const style = read.value['house-style']
  const houseStyle: HouseStyle = {
    ...(style['heading-font'] && { headingFont: style['heading-font'] }),
    ...(style['heading-colour'] && { headingColour: style['heading-colour'] }),
    ...(style['body-font'] && { bodyFont: style['body-font'] }),
    ...(style['cover-lines'] && { coverLines: style['cover-lines'] }),
    ...(style['header-line'] && { headerLine: style['header-line'] }),
  }
  if (!style.logo) return houseStyle
  const place = nodePlace(read.parsed, ['house-style', 'logo', 'file'])?.start
  const bytes = await files.read(style.logo.file, MAX_LOGO_BYTES)
  const logo = 'problem' in bytes ? bytes.problem : readLogo(bytes.bytes, style.logo.alt)
  if (typeof logo === 'string')
    reportError(
      file,
      `\`house-style.logo.file\`: ${'problem' in bytes ? '' : `\`${style.logo.file}\`: `}${logo}`,
      'layer-logo',
      place,
    )
  else houseStyle.logo = logo
  return houseStyle
}

/** Each `clauses/*.md` of the layer, at most `MAX_CLAUSES`, each size-capped. */
async function readClauses(files: LayerFiles, file: VFile, found: VFile[]) {
  const clauses: Layer['clauses'] = []
  const markdown = (await files.list('clauses')).filter((name) => name.endsWith('.md')).sort()
  if (markdown.length > MAX_CLAUSES) {
    reportError(
      file,
      `clauses/ holds ${markdown.length} clause files, over the limit of ${MAX_CLAUSES}`,
      'layer-clauses',
    )
  }
  for (const name of markdown.slice(0, MAX_CLAUSES)) {
    const clauseFile = new VFile({ path: files.pathOf(`clauses/${name}`) })
    const text = await readText(files, `clauses/${name}`, MAX_CLAUSE_BYTES, clauseFile)
    if (text === undefined) found.push(clauseFile)
    else clauses.push({ id: name.slice(0, -3), path: clauseFile.path, text })
  }
  return clauses
}

/** `defaults.yaml`, parsed by the hardened reader, when the layer has one. */
async function readDefaults(files: LayerFiles, found: VFile[]): Promise<Layer['defaults']> {
  if (!(await files.list('')).includes('defaults.yaml')) return undefined
  const file = new VFile({ path: files.pathOf('defaults.yaml') })
  found.push(file)
  const text = await readText(files, 'defaults.yaml', MAX_YAML_BYTES, file)
  const parsed = text === undefined ? undefined : parseYaml(text, file, { kind: 'a defaults file' })
  return parsed ? { file, parsed } : undefined
}

/**
 * Read a council layer as data: `package.json`, `layer.yaml`, `clauses/*.md`, `defaults.yaml` and
 * the logo, each size-capped, YAML through the hardened reader, every field checked.
 *
 * @param files The layer's files (a folder, or an archive's files in memory).
 * @throws {LayerError} Naming every problem with file, line and column, and the fix.
 */
export async function readLayer(files: LayerFiles): Promise<Layer> {
  const found: VFile[] = []
  const own = await readPackage(files, found)

  const file = new VFile({ path: files.pathOf('layer.yaml') })
  found.push(file)
  const text = await readText(files, 'layer.yaml', MAX_YAML_BYTES, file)
  const read = text === undefined ? undefined : readYamlFile(text, layerFileSchema, file)
  const houseStyle = read ? await readHouseStyle(files, read, file) : {}
  const clauses = await readClauses(files, file, found)
  const defaults = await readDefaults(files, found)

  const failed = found.some((each) => each.messages.some((message) => message.fatal))
  if (failed || !own || !read) {
    throw new LayerError(found, `The layer in ${files.where} cannot be used; nothing was written.`)
  }
  return {
    files,
    name: own.name,
    version: own.version,
    libraryRange: own.range,
    file,
    parsed: read.parsed,
    config: read.value,
    houseStyle,
    logo: read.value['house-style'].logo?.file,
    clauses,
    defaults,
  }
}
