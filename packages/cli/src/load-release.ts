/**
 * Find a release of the clause library, for `diff`, `rerender` and `verify --release`. A release
 * is data, never code: its templates are compiled now, as `generate --templates` does, and
 * nothing of it is imported. It is looked for only where the user points:
 *
 * - `current`: the release built into this CLI (its clause sources from the `templates/` of the
 *   `@betterforus/clauses` package installed with it);
 * - a templates folder (with `pack.yaml`), or a folder holding one as `templates/`;
 * - an installed `@betterforus/clauses` package folder: its `templates/`, named by its
 *   `package.json`;
 * - a version such as `1.0.0`: a package installed side by side in `./node_modules` of the
 *   current folder only (`clauses-1.0.0`, `@betterforus/clauses-1.0.0`,
 *   `betterforus-clauses-1.0.0`, or `@betterforus/clauses` when its version matches), as
 *   `npm install clauses-1.0.0@npm:@betterforus/clauses@1.0.0` installs it.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Catalog } from '@betterforus/clauses'
import { catalog as builtIn } from '@betterforus/clauses'
import {
  type CatalogSource,
  catalogFromSource,
  compileCatalog,
} from '@betterforus/clauses/compiler'
import { type LibrarySnapshot, snapshotClause } from '@betterforus/generator'
import type { VFile } from 'vfile'

export interface Release {
  /** How to name it: `@betterforus/clauses@1.0.0`, with the folder it came from. */
  label: string
  catalog: Catalog
  /** Each clause body's template source, when the release carries it. */
  bodies: Map<string, string> | undefined
  /** Its templates folder, when it has one to read (a council layer is compiled over it). */
  templates?: string | undefined
  /** Compiles the sources when first asked (`current`, whose catalog is built in). */
  loadBodies?: () => Promise<Map<string, string> | undefined>
}

export class ReleaseError extends Error {
  files: VFile[]
  constructor(message: string, files: VFile[] = []) {
    super(message)
    this.files = files
  }
}

const bodiesOf = (source: CatalogSource) =>
  new Map(source.clauses.map((clause) => [clause.meta.id, clause.body.source]))

const readJson = (file: string): Record<string, unknown> | undefined => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  } catch {
    return undefined
  }
}

const PACKAGE = '@betterforus/clauses'

/** Compile a templates folder as the release `library` names. */
async function compileRelease(
  folder: string,
  library: { name: string; version: string },
  label: string,
): Promise<Release> {
  const { catalog, files } = await compileCatalog(folder, library, { published: true })
  if (!catalog) throw new ReleaseError(`the templates in ${folder} do not compile`, files)
  return {
    label,
    catalog: catalogFromSource(catalog),
    bodies: bodiesOf(catalog),
    templates: folder,
  }
}

async function fromTemplates(folder: string): Promise<Release> {
  const own = readJson(path.join(folder, 'package.json')) ?? {}
  const library = {
    name: typeof own.name === 'string' ? own.name : path.basename(folder),
    version: typeof own.version === 'string' ? own.version : '0.0.0',
  }
  return compileRelease(folder, library, `${library.name}@${library.version} (${folder})`)
}

/** An installed package of the library: its `templates/`, named by its `package.json`. */
async function fromPackage(folder: string, own: Record<string, unknown>): Promise<Release> {
  const version = String(own.version)
  const templates = path.join(folder, 'templates')
  if (!existsSync(path.join(templates, 'pack.yaml'))) {
    throw new ReleaseError(
      `${folder} is ${PACKAGE}@${version}, but carries no templates/ to read (releases before this was added did not); give a templates folder instead, such as \`git archive <tag> templates\` of that release`,
    )
  }
  return compileRelease(templates, { name: PACKAGE, version }, `${PACKAGE}@${version}`)
}

/**
 * The `templates/` of the `@betterforus/clauses` package installed with this CLI, when it is the
 * release built in; undefined when it is missing or another version.
 */
export function currentTemplates(): string | undefined {
  let folder: string | undefined
  try {
    folder = path.dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`))
  } catch {
    return undefined
  }
  const own = readJson(path.join(folder, 'package.json'))
  const templates = path.join(folder, 'templates')
  if (own?.version !== builtIn.library.version || !existsSync(path.join(templates, 'pack.yaml')))
    return undefined
  return templates
}

/** The clause sources of the release built into this CLI, from its package's `templates/`. */
async function currentBodies(label: string): Promise<Map<string, string> | undefined> {
  const templates = currentTemplates()
  if (templates === undefined) return undefined
  return (await compileRelease(templates, builtIn.library, label)).bodies
}

/**
 * The release built into this CLI. Note: only the library redline needs clause sources, so they
 * are compiled when asked, not for every `rerender` and `verify`.
 */
function current(): Release {
  const label = `${builtIn.library.name}@${builtIn.library.version}`
  return {
    label,
    catalog: builtIn,
    bodies: undefined,
    templates: currentTemplates(),
    loadBodies: () => currentBodies(label),
  }
}

/** A version installed side by side in `./node_modules` of the current folder, and only there. */
function findVersion(
  version: string,
): { folder: string; own: Record<string, unknown> } | undefined {
  const modules = path.resolve('node_modules')
  for (const name of [
    `clauses-${version}`,
    `${PACKAGE}-${version}`,
    `betterforus-clauses-${version}`,
    PACKAGE,
  ]) {
    const folder = path.join(modules, name)
    const own = readJson(path.join(folder, 'package.json'))
    if (own?.name === PACKAGE && own.version === version) return { folder, own }
  }
  return undefined
}

/**
 * Load the release a `--from`, `--to`, `--previous` or `--release` option names.
 *
 * @throws {ReleaseError} When it cannot be found or does not compile, saying how to install it.
 */
export async function loadRelease(spec: string): Promise<Release> {
  if (spec === 'current') return current()
  const folder = path.resolve(spec)
  if (existsSync(folder)) {
    if (existsSync(path.join(folder, 'pack.yaml'))) return fromTemplates(folder)
    const own = readJson(path.join(folder, 'package.json'))
    if (own?.name === PACKAGE) return fromPackage(folder, own)
    if (existsSync(path.join(folder, 'templates/pack.yaml')))
      return fromTemplates(path.join(folder, 'templates'))
    throw new ReleaseError(
      `${spec} is neither a templates folder (with pack.yaml) nor an installed ${PACKAGE} package`,
    )
  }
  if (/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(spec)) {
    const found = findVersion(spec)
    if (found) return fromPackage(found.folder, found.own)
    throw new ReleaseError(
      `release ${spec} of ${PACKAGE} is not installed in ${path.resolve('node_modules')} (the only place a version is looked for); install it there beside this one with \`npm install clauses-${spec}@npm:${PACKAGE}@${spec}\`, or give its folder`,
    )
  }
  throw new ReleaseError(
    `cannot find the release \`${spec}\`: give \`current\`, a version such as 1.0.0 installed in ./node_modules, a templates folder or a package folder`,
  )
}

/** The clause library of a release as the library redline compares it. */
export async function librarySnapshot(release: Release): Promise<LibrarySnapshot> {
  const bodies = release.bodies ?? (await release.loadBodies?.())
  if (!bodies) {
    throw new ReleaseError(
      `${release.label} carries no clause sources to compare; give its templates folder instead`,
    )
  }
  return {
    label: release.label,
    clauses: release.catalog.clauses.map((clause) =>
      snapshotClause(clause, bodies.get(clause.meta.id) ?? ''),
    ),
  }
}
