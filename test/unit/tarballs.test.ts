import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { examplesFolder, repositoryRoot, templatesFolder } from '../support/paths.js'
import { temporaryFolder } from '../support/temporary-folder.js'

// Packs the five published packages, installs the tarballs into a fresh project outside the
// repository (no workspace links; third-party dependencies come from the registry), and uses
// them as a council would: TypeScript, plain JavaScript, a browser bundle and the CLI.

const require = createRequire(import.meta.url)
const published = [
  '@betterforus/questionnaire',
  '@betterforus/clauses',
  '@betterforus/generator',
  '@betterforus/layer',
  '@betterforus/cli',
]
const fixtures = fileURLToPath(new URL('../fixtures/consumer/', import.meta.url))
const folder = temporaryFolder()
const project = path.join(folder, 'project')
const tarballs = path.join(folder, 'tarballs')
const example = path.join(examplesFolder, 'england-act-london.yaml')

/** The environment without npm's own variables, so no workspace setting reaches the project. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)),
) as NodeJS.ProcessEnv

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: project, env, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const sizes: Record<string, { packed: number; unpacked: number; files: number }> = {}
/** What `npm pack` reported for each package: the tarball's file name and SRI integrity. */
const packed: Record<string, { filename: string; integrity: string }> = {}

beforeAll(() => {
  mkdirSync(tarballs)
  mkdirSync(path.join(folder, 'again'))
  for (const name of published) {
    const cwd = path.dirname(require.resolve(`${name}/package.json`))
    const [info] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', tarballs], {
        cwd,
        env,
        encoding: 'utf8',
      }),
    )
    sizes[name] = { packed: info.size, unpacked: info.unpackedSize, files: info.files.length }
    packed[name] = { filename: info.filename, integrity: info.integrity }
  }
  cpSync(fixtures, project, { recursive: true })
  writeFileSync(
    path.join(project, 'package.json'),
    `${JSON.stringify({ name: 'council-project', private: true, type: 'module' }, null, 2)}\n`,
  )
  const files = readdirSync(tarballs).map((name) => path.join(tarballs, name))
  const install = run('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    ...files,
    'typescript@5.9.3',
    'esbuild@0.28.2',
  ])
  if (install.status !== 0) throw new Error(`npm install failed:\n${install.stderr}`)
  console.log(`tarballs: ${JSON.stringify(sizes)}`)
}, 240_000)

describe('the published tarballs, installed in a fresh project', { timeout: 60_000 }, () => {
  it('should contain only dist/, the README, the licence and package.json (and the CLI its bin/, the clauses their templates/)', () => {
    for (const name of published) {
      const root = path.join(project, 'node_modules', name)
      // Note: the CLI's bin is a committed launcher, so npm can link it before anything is built;
      // the clauses package carries the library's content as files.
      const extra =
        name === '@betterforus/cli' ? ['bin'] : name === '@betterforus/clauses' ? ['templates'] : []
      expect(readdirSync(root).sort()).toEqual(
        ['LICENSE', 'README.md', 'dist', 'package.json', ...extra].sort(),
      )
      expect(existsSync(path.join(root, 'src'))).toBe(false)
    }
  })

  it('R2: the clauses package carries the library’s content as files, exported as ./templates/*', () => {
    const installed = path.join(project, 'node_modules/@betterforus/clauses/templates')
    const listing = (folder: string) => readdirSync(folder).sort()
    expect(listing(installed)).toEqual([
      'README.md',
      'clauses',
      'data',
      'documents',
      'examples',
      'glossary.yaml',
      'pack.yaml',
      'questionnaire.yaml',
    ])
    for (const part of ['clauses', 'data', 'documents']) {
      expect(listing(path.join(installed, part))).toEqual(listing(path.join(templatesFolder, part)))
    }
    expect(listing(path.join(installed, 'examples'))).toEqual(
      listing(examplesFolder).filter((name) => name.endsWith('.yaml')),
    )
    const clause = 'clauses/pay-rlw-require.md'
    expect(readFileSync(path.join(installed, clause))).toEqual(
      readFileSync(path.join(templatesFolder, clause)),
    )
    const resolved = run('node', [
      '--input-type=module',
      '-e',
      "console.log(import.meta.resolve('@betterforus/clauses/templates/pack.yaml'))",
    ])
    expect(resolved.stdout.trim()).toBe(`file://${path.join(installed, 'pack.yaml')}`)
  })

  it('R2: betterforus diff reads the release installed in the project by its version, as files', () => {
    const version = JSON.parse(
      readFileSync(path.join(project, 'node_modules/@betterforus/clauses/package.json'), 'utf8'),
    ).version
    const out = path.join(folder, 'redline')
    const result = run('npx', [
      '--no-install',
      'betterforus',
      'diff',
      '--from',
      version,
      '--to',
      'current',
      '--out',
      out,
      '--format',
      'md',
    ])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(`0 clause(s) changed from @betterforus/clauses@${version}`)
  })

  it('should install the packages from the tarballs, not links to the workspace', () => {
    for (const name of published) {
      expect(statSync(path.join(project, 'node_modules', name)).isSymbolicLink()).toBe(false)
    }
  })

  it('should type-check a council’s TypeScript against the installed types', () => {
    const check = run('npx', ['tsc', '-p', 'tsconfig.json'])
    expect(check.stdout + check.stderr).toBe('')
    expect(check.status).toBe(0)
  })

  it('should fail to compile a misspelt answer path, naming it', () => {
    const check = run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.misspelt.json'])
    expect(check.status).not.toBe(0)
    expect(check.stdout).toMatch(/misspelt\.ts.*'titel' does not exist in type/)
  })

  it('should generate a pack from compiled TypeScript in Node', () => {
    const build = run('npx', ['esbuild', 'pack.ts', 'answers.ts', '--outdir=build', '--format=esm'])
    expect(build.status, build.stderr).toBe(0)
    writeFileSync(path.join(project, 'build/package.json'), '{ "type": "module" }\n')
    const result = run('node', ['build/pack.js'])
    expect(result.stderr).toBe('')
    const summary = JSON.parse(result.stdout)
    expect(summary.library.name).toBe('@betterforus/clauses')
    expect(summary.documents).toBeGreaterThan(1)
    expect(summary.markdown).toBe('---')
    expect(summary.docx).toBeGreaterThan(1000)
    expect(summary.included).toBeGreaterThan(5)
  })

  it('should generate a pack from plain JavaScript in Node', () => {
    const result = run('node', ['pack.mjs', example])
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout).heading).toMatch(/^# /)
  })

  /**
   * Bundle a fixture for the browser with esbuild, check it imports nothing of Node, and run the
   * bundle in Node after `globals` (JavaScript setting what a browser page would give it).
   */
  function runBrowserBundle(entry: string, globals = '') {
    const outfile = `bundle/${entry.replace(/\.mjs$/, '.js')}`
    const build = run('npx', [
      'esbuild',
      entry,
      '--bundle',
      '--platform=browser',
      '--format=esm',
      `--outfile=${outfile}`,
      '--log-level=warning',
    ])
    expect(build.status, build.stderr).toBe(0)
    const code = readFileSync(path.join(project, outfile), 'utf8')
    expect(code).not.toMatch(/["']node:/)
    // Note: Node has no DOM. The bundle's one DOM use is decode-named-character-reference's
    // browser build, which creates an element when it loads; a stub element lets it load here.
    const stub = 'globalThis.document = { createElement: () => ({}) };\n'
    return spawnSync('node', ['--input-type=module'], {
      cwd: project,
      env,
      input: stub + globals + code,
      encoding: 'utf8',
    })
  }

  it('should bundle for the browser with no node: import, and the bundle should run', () => {
    const result = runBrowserBundle('browser.mjs')
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout).documents).toBeGreaterThan(1)
  })

  it('should bundle the council layer for the browser with no node: import, and lay the example layer over the installed library', () => {
    /** Every file under a folder, by path relative to it with `/`, read by `read`. */
    const filesOf = <T>(root: string, read: (file: string) => T) =>
      Object.fromEntries(
        (readdirSync(root, { recursive: true }) as string[])
          .filter((name) => statSync(path.join(root, name)).isFile())
          .map((name) => [name.split(path.sep).join('/'), read(path.join(root, name))]),
      )
    const layerFiles = filesOf(path.join(repositoryRoot, 'examples', 'layer-riverside'), (file) =>
      readFileSync(file).toString('base64'),
    )
    const installed = path.join(project, 'node_modules', '@betterforus', 'clauses', 'templates')
    const templates = Object.fromEntries(
      Object.entries(filesOf(installed, (file) => readFileSync(file, 'utf8'))).filter(
        ([name]) => !name.startsWith('examples/'),
      ),
    )
    const globals = `globalThis.LAYER_FILES = ${JSON.stringify(layerFiles)};\nglobalThis.LIBRARY_TEMPLATES = ${JSON.stringify(templates)};\n`
    const result = runBrowserBundle('browser-layer.mjs', globals)
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toMatchObject({
      layer: '@riverside-council/betterforus-layer@1.0.0',
      placed: true,
      compiled: 'string',
    })
  })

  it('S3: npm pack reports the SHA-512 of the tarball bytes, and packing again gives the same bytes', () => {
    for (const name of published) {
      const { filename, integrity } = packed[name] as (typeof packed)[string]
      const bytes = readFileSync(path.join(tarballs, filename))
      expect(integrity).toBe(`sha512-${createHash('sha512').update(bytes).digest('base64')}`)
      const again = path.join(folder, 'again')
      const [info] = JSON.parse(
        execFileSync('npm', ['pack', '--json', '--pack-destination', again], {
          cwd: path.dirname(require.resolve(`${name}/package.json`)),
          env,
          encoding: 'utf8',
        }),
      )
      expect(info.integrity, `${name} packs reproducibly`).toBe(integrity)
    }
  })

  it('S3: the council’s lockfile records the integrity npm pack reported', () => {
    const lock = JSON.parse(readFileSync(path.join(project, 'package-lock.json'), 'utf8'))
    for (const name of published) {
      expect(lock.packages[`node_modules/${name}`]?.integrity).toBe(packed[name]?.integrity)
    }
  })

  it('should run the betterforus command from the CLI tarball', () => {
    const out = path.join(folder, 'out')
    const result = run('npx', ['--no-install', 'betterforus', 'generate', example, '--out', out])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(readdirSync(out)).toContain('manifest.json')
    expect(readdirSync(out).filter((name) => name.endsWith('.docx')).length).toBeGreaterThan(1)
  })
})
