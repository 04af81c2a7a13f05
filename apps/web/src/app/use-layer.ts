import { useEffect, useState } from 'preact/hooks'
import { layerFileSizeProblem } from '../layer/archive-limits.js'
import type { LayerLoad, LoadedLayer } from '../layer/layer-loader.js'
import { readStoredLayer, writeStoredLayer } from '../layer/layer-storage.js'
import { browserStorage } from './draft-storage.js'
import type { SaveResult } from './write-storage-item.js'

/** The council layer: none, being laid over the library, ready, or kept but no longer usable. */
export type LayerState =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'ready'; layer: LoadedLayer; saved: SaveResult }
  | { kind: 'broken'; fileName: string; problems: string[] }

export interface LayerControl {
  state: LayerState
  /** Load a chosen file: on success it replaces the layer and is kept; else nothing changes. */
  choose: (file: File) => Promise<string[] | undefined>
  /** Remove the layer from this browser. */
  remove: () => SaveResult
}

/** The layer's chunk: the archive reader, the layer package, the compiler. Fetched on demand. */
const loadLayerChunk = () => import('../layer/layer-loader.js')

async function load(fileName: string, bytes: Uint8Array): Promise<LayerLoad> {
  try {
    return await (await loadLayerChunk()).loadLayer(fileName, bytes)
  } catch (error) {
    return {
      problems: [
        `${fileName}: the layer could not be read (${error instanceof Error ? error.message : String(error)}); reload the page and try again`,
      ],
    }
  }
}

/**
 * The council layer kept in this browser: read again and laid over the library on every visit
 * (its chunk is fetched only then), replaced by a chosen file that loads, and removed on request.
 */
export function useLayer(): LayerControl {
  const [stored] = useState(() => readStoredLayer(browserStorage()))
  const [state, setState] = useState<LayerState>(stored ? { kind: 'loading' } : { kind: 'none' })
  useEffect(() => {
    if (!stored) return
    let live = true
    load(stored.fileName, stored.bytes).then((result) => {
      if (!live) return
      setState(
        'layer' in result
          ? { kind: 'ready', layer: result.layer, saved: { ok: true } }
          : { kind: 'broken', fileName: stored.fileName, problems: result.problems },
      )
    })
    return () => {
      live = false
    }
  }, [stored])

  const choose = async (file: File) => {
    const tooLarge = layerFileSizeProblem(file.name, file.size)
    if (tooLarge) return [tooLarge]
    const bytes = new Uint8Array(await file.arrayBuffer())
    const result = await load(file.name, bytes)
    if ('problems' in result) return result.problems
    const saved = writeStoredLayer(browserStorage(), { fileName: file.name, bytes })
    setState({ kind: 'ready', layer: result.layer, saved })
    return undefined
  }
  const remove = () => {
    const result = writeStoredLayer(browserStorage(), undefined)
    setState({ kind: 'none' })
    return result
  }
  return { state, choose, remove }
}
