import { layerFileSizeProblem } from './archive-limits.js'
import type { ArchiveFile, ArchiveRead } from './archive-read.js'
import { readTgz } from './read-tgz.js'
import { readZip } from './read-zip.js'

/** A layer file read: its files by path inside the layer (`layer.yaml`, `clauses/x.md`, …). */
export type LayerArchive = { files: Map<string, Uint8Array> } | { problems: string[] }

const startsWith = (bytes: Uint8Array, ...prefix: number[]) =>
  prefix.every((byte, index) => bytes[index] === byte)

/** A tar that is not gzipped says `ustar` at byte 257 of its first header. */
const isPlainTar = (bytes: Uint8Array) =>
  new TextDecoder().decode(bytes.subarray(257, 262)) === 'ustar'

/** The archive's format, read from its first bytes, never from its name. */
async function readArchive(bytes: Uint8Array): Promise<ArchiveRead> {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06))
    return readZip(bytes)
  if (startsWith(bytes, 0x1f, 0x8b)) return readTgz(bytes)
  if (isPlainTar(bytes))
    return {
      problems: [
        'it is a tar archive that is not gzipped; choose the .tgz that npm pack makes of the layer, or a .zip of the layer folder',
      ],
    }
  return {
    problems: [
      'it is neither a zip nor an npm package (.tgz); choose the .tgz that npm pack makes of the layer, or a .zip of the layer folder',
    ],
  }
}

/**
 * The paths inside the layer: an npm package's `package/`, or a zip's one top folder, taken off;
 * kept as they are when `layer.yaml` is at the top already.
 */
function layerPaths(files: ArchiveFile[]): ArchiveFile[] {
  if (files.some((file) => file.path === 'layer.yaml')) return files
  const tops = new Set(files.map((file) => file.path.split('/')[0]))
  const [top] = tops
  if (tops.size !== 1 || files.some((file) => !file.path.includes('/'))) return files
  return files.map((file) => ({ ...file, path: file.path.slice(`${top}/`.length) }))
}

/**
 * Read the one file a user chose as a council layer: the `.tgz` that `npm pack` makes of the
 * layer, or a `.zip` of the layer folder (files at its top, or in one folder). Every size is
 * capped (the file, the number of entries, the bytes unpacked, counted while unpacking), every
 * name must stay inside the layer, and only regular files are kept.
 *
 * @param fileName The file's name, for messages.
 * @param bytes The file's bytes.
 * @returns The layer's files by path, or every problem, each naming the file and the fix.
 * @example
 *   await readLayerArchive('layer.tgz', bytes)
 *   //=> { files: Map { 'package.json' => …, 'layer.yaml' => …, 'clauses/x.md' => … } }
 */
export async function readLayerArchive(fileName: string, bytes: Uint8Array): Promise<LayerArchive> {
  const problem = (text: string) => `${fileName}: ${text}`
  const tooLarge = layerFileSizeProblem(fileName, bytes.length)
  if (tooLarge) return { problems: [tooLarge] }
  const read = await readArchive(bytes)
  if ('problems' in read) return { problems: read.problems.map(problem) }
  const files = new Map<string, Uint8Array>()
  const problems: string[] = []
  for (const file of layerPaths(read.files)) {
    if (files.has(file.path))
      problems.push(problem(`it holds ${file.path} twice; make the archive again`))
    files.set(file.path, file.bytes)
  }
  if (!files.has('layer.yaml'))
    problems.push(
      problem(
        'it holds no layer.yaml, at its top or in one folder; choose the .tgz that npm pack makes of the layer, or zip the layer folder itself',
      ),
    )
  return problems.length > 0 ? { problems } : { files }
}
