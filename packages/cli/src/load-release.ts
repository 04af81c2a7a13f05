/**
 * Find a release of the clause library, for `diff`, `rerender` and `verify --release`:
 *
 * - `current`: the release installed with this CLI;
 * - a templates folder (with `pack.yaml`): compiled now, as `generate --templates` does;
 * - an installed `@betterforus/clauses` package folder: its built `dist/`;
 * - a version such as `1.0.0`: a package in `node_modules` installed side by side, as
 *   `npm install clauses-1.0.0@npm:@betterforus/clauses@1.0.0` does, or
 *   `node_modules/@betterforus/clauses` when its version matches.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Catalog } from '@betterforus/clauses'
import { catalog as builtIn } from '@betterforus/clauses'
import { catalogFromSource, compileCatalog } from '@betterforus/clauses/compiler'
import type { LibrarySnapshot } from '@betterforus/generator'
import type { VFile } from 'vfile'

export interface Release {
  /** How to name it: `@betterforus/clauses@1.0.0`, with the folder it came from. */
  label: string
  catalog: Catalog
  /** Each clause body's template source, when the release carries it. */
  bodies: Map<string, string> | undefined
}

export class ReleaseError extends Error {
  files: VFile[]
  constructor(message: string, files: VFile[] = []) {
    super(message)
    this.files = files
  }
}

interface SourceLike {
  clauses: Array<{ meta: { id: string }; body: { source: string } }>
}

const bodiesOf = (source: SourceLike | undefined) =>
  source && new Map(source.clauses.map((clause) => [clause.meta.id, clause.body.source]))

const readJson = (file: string): Record<string, unknown> | undefined => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  } catch {
    return undefined
  }
}

async function fromTemplates(folder: string): Promise<Release> {
  const own = readJson(path.join(folder, 'package.json')) ?? {}
  const library = {
    name: typeof own.name === 'string' ? own.name : path.basename(folder),
    version: typeof own.version === 'string' ? own.version : '0.0.0',
  }
  const { catalog, files } = await compileCatalog(folder, library)
  if (!catalog) throw new ReleaseError(`the templates in ${folder} do not compile`, files)
  return {
    label: `${library.name}@${library.version} (${folder})`,
    catalog: catalogFromSource(catalog),
    bodies: bodiesOf(catalog),
  }
}

async function fromPackage(folder: string): Promise<Release> {
  const own = readJson(path.join(folder, 'package.json')) ?? {}
  const entry = path.join(folder, 'dist/index.js')
  if (!existsSync(entry)) throw new ReleaseError(`${folder} has no dist/index.js: is it built?`)
  const { catalog } = (await import(pathToFileURL(entry).href)) as { catalog: Catalog }
  // Note: the precompiled catalog keeps each template's source beside its spec.
  const generated = path.join(folder, 'dist/catalog.generated.js')
  const source = existsSync(generated)
    ? ((await import(pathToFileURL(generated).href)) as { catalogSource?: SourceLike })
        .catalogSource
    : undefined
  return {
    label: `${catalog.library.name}@${catalog.library.version}${own.version === catalog.library.version ? '' : ` (${folder})`}`,
    catalog,
    bodies: bodiesOf(source),
  }
}

/** Folders `node_modules` may hold a release in, from here up to the root. */
function nodeModulesFolders(): string[] {
  const folders: string[] = []
  for (const start of [process.cwd(), path.dirname(new URL(import.meta.url).pathname)]) {
    let at = path.resolve(start)
    for (;;) {
      const candidate = path.join(at, 'node_modules')
      if (existsSync(candidate) && !folders.includes(candidate)) folders.push(candidate)
      const parent = path.dirname(at)
      if (parent === at) break
      at = parent
    }
  }
  return folders
}

function findVersion(version: string): string | undefined {
  for (const modules of nodeModulesFolders()) {
    for (const name of [
      `clauses-${version}`,
      `@betterforus/clauses-${version}`,
      `betterforus-clauses-${version}`,
      '@betterforus/clauses',
    ]) {
      const folder = path.join(modules, name)
      const own = readJson(path.join(folder, 'package.json'))
      if (own?.name === '@betterforus/clauses' && own.version === version) return folder
    }
  }
  return undefined
}

/**
 * Load the release a `--from`, `--to`, `--previous` or `--release` option names.
 *
 * @throws {ReleaseError} When it cannot be found or does not compile, saying how to install it.
 */
export async function loadRelease(spec: string): Promise<Release> {
  if (spec === 'current') {
    const require = createRequire(import.meta.url)
    let folder: string | undefined
    try {
      folder = path.dirname(require.resolve('@betterforus/clauses/package.json'))
    } catch {
      folder = undefined
    }
    const installed = folder ? readJson(path.join(folder, 'package.json')) : undefined
    if (folder && installed?.version === builtIn.library.version) {
      const release = await fromPackage(folder)
      return {
        ...release,
        catalog: builtIn,
        label: `${builtIn.library.name}@${builtIn.library.version}`,
      }
    }
    return {
      label: `${builtIn.library.name}@${builtIn.library.version}`,
      catalog: builtIn,
      bodies: undefined,
    }
  }
  const folder = path.resolve(spec)
  if (existsSync(folder)) {
    if (existsSync(path.join(folder, 'pack.yaml'))) return fromTemplates(folder)
    if (readJson(path.join(folder, 'package.json'))?.name === '@betterforus/clauses')
      return fromPackage(folder)
    if (existsSync(path.join(folder, 'templates/pack.yaml')))
      return fromTemplates(path.join(folder, 'templates'))
    throw new ReleaseError(
      `${spec} is neither a templates folder (with pack.yaml) nor an installed @betterforus/clauses package`,
    )
  }
  if (/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(spec)) {
    const found = findVersion(spec)
    if (found) return fromPackage(found)
    throw new ReleaseError(
      `release ${spec} of @betterforus/clauses is not installed; install it beside this one with \`npm install clauses-${spec}@npm:@betterforus/clauses@${spec}\`, or give its folder`,
    )
  }
  throw new ReleaseError(
    `cannot find the release \`${spec}\`: give \`current\`, a version such as 1.0.0, a templates folder or a package folder`,
  )
}

/** The clause library of a release as the library redline compares it. */
export function librarySnapshot(release: Release): LibrarySnapshot {
  const { bodies } = release
  if (!bodies) {
    throw new ReleaseError(
      `${release.label} carries no clause sources to compare; give its templates folder instead`,
    )
  }
  return {
    label: release.label,
    clauses: release.catalog.clauses.map((clause) => {
      const date = clause.meta.changelog
        .map((entry) => String(entry.date))
        .sort()
        .at(-1)
      return {
        id: clause.meta.id,
        title: clause.meta.title,
        version: clause.meta.version,
        body: bodies.get(clause.meta.id) ?? '',
        sha256: clause.sha256,
        ...(date !== undefined && { date }),
      }
    }),
  }
}
