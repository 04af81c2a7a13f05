import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync, strToU8, zipSync } from 'fflate'
import { packTar, type TarEntry } from 'modern-tar'
import { beforeAll, describe, expect, it } from 'vitest'
import { MAX_LAYER_ENTRIES, MAX_LAYER_FILE_BYTES } from './archive-limits.js'
import { readLayerArchive } from './layer-archive.js'

const example = path.resolve(import.meta.dirname, '../../../../examples/layer-riverside')

/** Every file of the example layer folder, by its path inside it. */
function folderFiles(): Map<string, Uint8Array> {
  const names = readdirSync(example, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(example, path.join(entry.parentPath, entry.name)))
  return new Map(
    names.sort().map((name) => [name, new Uint8Array(readFileSync(path.join(example, name)))]),
  )
}

/** A .tgz of tar entries, as npm pack would write them (under `package/`, gzipped). */
async function tgz(entries: TarEntry[]): Promise<Uint8Array> {
  return gzipSync(await packTar(entries))
}

const file = (name: string, body: string | Uint8Array): TarEntry => ({
  header: {
    name,
    size: typeof body === 'string' ? strToU8(body).length : body.length,
    type: 'file',
  },
  body,
})

const LAYER_YAML = 'house-style: {}\n'

/** The files read, or a failure naming the problems. */
async function filesOf(name: string, bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const read = await readLayerArchive(name, bytes)
  if ('problems' in read) throw new Error(read.problems.join('\n'))
  return read.files
}

async function problemsOf(name: string, bytes: Uint8Array): Promise<string[]> {
  const read = await readLayerArchive(name, bytes)
  return 'problems' in read ? read.problems : []
}

let packed: Uint8Array
beforeAll(() => {
  // Note: the real thing: the tarball npm pack makes of the example layer.
  const out = mkdtempSync(path.join(tmpdir(), 'bfu-layer-pack-'))
  execFileSync('npm', ['pack', example, '--pack-destination', out, '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const [name] = readdirSync(out).filter((entry) => entry.endsWith('.tgz'))
  packed = new Uint8Array(readFileSync(path.join(out, name as string)))
}, 60_000)

describe('readLayerArchive', () => {
  it('should read the npm package of the example layer: every file, byte for byte, without package/', async () => {
    const files = await filesOf('riverside.tgz', packed)
    expect([...files.keys()].sort()).toEqual([...folderFiles().keys()])
    for (const [name, bytes] of folderFiles()) expect(files.get(name), name).toEqual(bytes)
  })

  it('should read a zip of the layer folder, with its files at the top or in one folder', async () => {
    const files = Object.fromEntries(folderFiles())
    const top = await filesOf('top.zip', zipSync(files))
    const nested = await filesOf(
      'nested.zip',
      zipSync({ 'layer-riverside': files, '__MACOSX/layer-riverside/._layer.yaml': strToU8('x') }),
    )
    for (const read of [top, nested]) {
      expect([...read.keys()].sort()).toEqual([...folderFiles().keys()])
      expect(read.get('layer.yaml')).toEqual(files['layer.yaml'])
    }
  })

  it('should say when the archive holds no layer.yaml, naming the file and the fix', async () => {
    const problems = await problemsOf('clauses.zip', zipSync({ 'clauses/x.md': strToU8('x') }))
    expect(problems).toEqual([
      'clauses.zip: it holds no layer.yaml, at its top or in one folder; choose the .tgz that npm pack makes of the layer, or zip the layer folder itself',
    ])
  })

  it('should say when a tar holds one path twice', async () => {
    const bytes = await tgz([
      file('package/layer.yaml', LAYER_YAML),
      file('package/layer.yaml', 'x'),
    ])
    expect(await problemsOf('twice.tgz', bytes)).toEqual([
      'twice.tgz: it holds layer.yaml twice; make the archive again',
    ])
  })
})

describe('bad layer files in the browser (L9–L12)', () => {
  it('L9: refuses a file over 2 MiB before reading it', async () => {
    const problems = await problemsOf('big.zip', new Uint8Array(MAX_LAYER_FILE_BYTES + 1))
    expect(problems).toEqual([
      'big.zip: it is 2.0 MiB (2,097,153 bytes), over the limit of 2.0 MiB (2,097,152 bytes) for a council layer; keep only package.json, layer.yaml, defaults.yaml, clauses/ and house-style/ in it',
    ])
  })

  it('L9: refuses a zip and a tgz that unpack to more than 4 MiB', async () => {
    const zeros = new Uint8Array(4 * 1024 * 1024 + 1)
    const zip = zipSync({ 'layer.yaml': strToU8(LAYER_YAML), 'clauses/big.md': zeros })
    const gz = await tgz([
      file('package/layer.yaml', LAYER_YAML),
      file('package/clauses/big.md', zeros),
    ])
    expect(zip.length).toBeLessThan(MAX_LAYER_FILE_BYTES)
    expect(gz.length).toBeLessThan(MAX_LAYER_FILE_BYTES)
    for (const [name, bytes] of [
      ['big.zip', zip],
      ['big.tgz', gz],
    ] as const)
      expect(await problemsOf(name, bytes)).toEqual([
        `${name}: it unpacks to more than 4.0 MiB (4,194,304 bytes), the limit for a council layer; keep only package.json, layer.yaml, defaults.yaml, clauses/ and house-style/ in it`,
      ])
  })

  it('L9: counts while inflating: a gzip whose trailer claims 1 KB is still stopped at the cap', async () => {
    const bomb = await tgz([file('package/clauses/big.md', new Uint8Array(64 * 1024 * 1024))])
    // The last four bytes of a gzip state its inflated size; claim 1,024.
    new DataView(bomb.buffer, bomb.byteOffset).setUint32(bomb.length - 4, 1024, true)
    expect(await problemsOf('bomb.tgz', bomb)).toEqual([
      expect.stringContaining('bomb.tgz: it unpacks to more than 4.0 MiB'),
    ])
  })

  it('L9: a zip entry that holds more than its stated size gets no more memory than it stated', async () => {
    const zip = zipSync({ 'layer.yaml': new Uint8Array(8 * 1024 * 1024) })
    const view = new DataView(zip.buffer, zip.byteOffset)
    // State 16 bytes in the local header (offset 22) and the central directory (offset 24).
    view.setUint32(22, 16, true)
    view.setUint32(view.getUint32(zip.length - 22 + 16, true) + 24, 16, true)
    expect((await filesOf('liar.zip', zip)).get('layer.yaml')?.length).toBe(16)
  })

  it('L10: refuses a zip and a tgz with more than 200 entries', async () => {
    const many = Array.from({ length: MAX_LAYER_ENTRIES + 1 }, (_, index) => `clauses/c${index}.md`)
    const zip = zipSync(Object.fromEntries(many.map((name) => [name, strToU8('x')])))
    const gz = await tgz(many.map((name) => file(`package/${name}`, 'x')))
    for (const [name, bytes] of [
      ['many.zip', zip],
      ['many.tgz', gz],
    ] as const)
      expect(await problemsOf(name, bytes)).toEqual([
        `${name}: it holds more than 200 files and folders, the limit for a council layer; keep only package.json, layer.yaml, defaults.yaml, clauses/ and house-style/ in it`,
      ])
  })

  it('L11: refuses paths that leave the layer (.., absolute, backslashes), naming each', async () => {
    const names = [
      '../evil.md',
      'layer/../../evil.md',
      '/etc/evil.md',
      'C:/evil.md',
      'clauses\\evil.md',
    ]
    const zip = zipSync(
      Object.fromEntries([
        ['layer.yaml', strToU8(LAYER_YAML)],
        ...names.map((name) => [name, strToU8('x')]),
      ]),
    )
    const gz = await tgz([
      file('package/layer.yaml', LAYER_YAML),
      ...names.map((name) => file(name, 'x')),
    ])
    for (const [archive, bytes] of [
      ['escape.zip', zip],
      ['escape.tgz', gz],
    ] as const) {
      const problems = await problemsOf(archive, bytes)
      expect(problems).toEqual([
        `${archive}: the entry "../evil.md" leaves the layer folder (".."); make the archive again from the layer folder itself`,
        `${archive}: the entry "layer/../../evil.md" leaves the layer folder (".."); make the archive again from the layer folder itself`,
        `${archive}: the entry "/etc/evil.md" is an absolute path; make the archive from inside the layer folder`,
        `${archive}: the entry "C:/evil.md" is an absolute path; make the archive from inside the layer folder`,
        `${archive}: the entry "clauses\\\\evil.md" uses backslashes between folders; make the archive with a tool that writes "/", such as npm pack`,
      ])
    }
  })

  it('L11: skips links, devices and FIFOs in a tar, never following them', async () => {
    const bytes = await tgz([
      file('package/layer.yaml', LAYER_YAML),
      {
        header: {
          name: 'package/defaults.yaml',
          type: 'symlink',
          linkname: '/etc/passwd',
          size: 0,
        },
      },
      {
        header: {
          name: 'package/clauses/x.md',
          type: 'link',
          linkname: 'package/layer.yaml',
          size: 0,
        },
      },
      { header: { name: 'package/tty', type: 'character-device', size: 0 } },
      { header: { name: 'package/pipe', type: 'fifo', size: 0 } },
      { header: { name: 'package/clauses/', type: 'directory', size: 0 } },
    ])
    expect([...(await filesOf('links.tgz', bytes)).keys()]).toEqual(['layer.yaml'])
  })

  it('L12: refuses a file that is neither a zip nor a tgz, or a tar not gzipped', async () => {
    expect(await problemsOf('notes.txt', strToU8('house-style: {}\n'))).toEqual([
      'notes.txt: it is neither a zip nor an npm package (.tgz); choose the .tgz that npm pack makes of the layer, or a .zip of the layer folder',
    ])
    const tar = await packTar([file('package/layer.yaml', LAYER_YAML)])
    expect(await problemsOf('layer.tar', tar)).toEqual([
      'layer.tar: it is a tar archive that is not gzipped; choose the .tgz that npm pack makes of the layer, or a .zip of the layer folder',
    ])
  })

  it('L12: says a cut-short or damaged archive is damaged, and how to make it again', async () => {
    const cut = packed.subarray(0, packed.length - 100)
    const zip = zipSync({ 'layer.yaml': strToU8(LAYER_YAML) })
    const broken = zip.slice(0, zip.length - 30)
    for (const [name, bytes] of [
      ['cut.tgz', cut],
      ['broken.zip', broken],
    ] as const) {
      const problems = await problemsOf(name, bytes)
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatch(
        new RegExp(
          `^${name.replace('.', '\\.')}: it is damaged \\(.+\\); make it again with npm pack, or zip the layer folder again$`,
        ),
      )
    }
  })
})
