import { stat } from 'node:fs/promises'
import path from 'node:path'
import { type Layer, readLayer } from '@betterforus/layer'
import { UserError } from '../user-error.js'
import { folderLayerFiles } from './read-layer-file.js'

const exists = (where: string) =>
  stat(where).then(
    () => true,
    () => false,
  )

/**
 * The folder `--layer` names: a folder, or an installed layer package by its name, looked for in
 * `./node_modules` of the current folder only, as releases are (R1).
 */
async function layerFolder(directory: string): Promise<string> {
  const given = path.resolve(directory)
  if (await exists(given)) return given
  const isName = /^(?:@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/.test(directory)
  const installed = path.resolve('node_modules', directory)
  return isName && (await exists(installed)) ? installed : given
}

/**
 * Read the council layer `--layer` names: a folder, or an installed layer package.
 *
 * @param directory The layer folder, as the user named it.
 * @throws {LayerError} Naming every problem with file, line and column, and the fix.
 */
export async function readLayerFolder(directory: string): Promise<Layer> {
  const root = await layerFolder(directory)
  const stats = await stat(root).catch(() => undefined)
  if (!stats?.isDirectory()) {
    throw new UserError(
      `--layer: ${directory} ${stats ? 'is a file, not a folder' : 'does not exist (nor is it a package installed in ./node_modules)'}; name a council layer folder (with package.json and layer.yaml), or an installed layer package, see docs/council-layer.md`,
    )
  }
  return readLayer(folderLayerFiles(root, directory))
}
