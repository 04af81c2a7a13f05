import { type SaveResult, writeStorageItem } from '../app/write-storage-item.js'
import { MAX_LAYER_FILE_BYTES } from './archive-limits.js'

/** The localStorage key of the council layer. Only this browser keeps it, as it keeps the draft. */
export const LAYER_KEY = 'betterforus:layer'

/** The layer file the user chose, as they chose it: read again on every visit. */
export interface StoredLayer {
  fileName: string
  bytes: Uint8Array
}

/** Note: in steps, so no call passes a whole file's bytes as arguments at once. */
const STEP = 0x8000

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let start = 0; start < bytes.length; start += STEP)
    binary += String.fromCharCode(...bytes.subarray(start, start + STEP))
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array | undefined {
  let binary: string
  try {
    binary = atob(text)
  } catch {
    return undefined
  }
  return Uint8Array.from(binary, (character) => character.charCodeAt(0))
}

/**
 * The stored text of a layer file: its name and its bytes in base64, as JSON.
 *
 * @param layer The file.
 * @returns The text.
 */
export function serialiseLayer(layer: StoredLayer): string {
  return JSON.stringify({ fileName: layer.fileName, bytes: toBase64(layer.bytes) })
}

/**
 * Read a stored layer file back; anything else (broken JSON, a file over the cap) is ignored.
 *
 * @param text The stored text.
 * @returns The file, or `undefined`.
 */
export function parseStoredLayer(text: string | null): StoredLayer | undefined {
  if (text === null || text.length > (MAX_LAYER_FILE_BYTES * 4) / 3 + 1024) return undefined
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof data !== 'object' || data === null) return undefined
  const { fileName, bytes } = data as Record<string, unknown>
  if (typeof fileName !== 'string' || fileName.length > 255 || typeof bytes !== 'string')
    return undefined
  const decoded = fromBase64(bytes)
  return decoded && decoded.length <= MAX_LAYER_FILE_BYTES
    ? { fileName, bytes: decoded }
    : undefined
}

/**
 * Keep the layer file in this browser, or remove it, reporting a full or unavailable storage
 * instead of throwing.
 *
 * @param storage `localStorage`, or `undefined` when the browser refuses it.
 * @param layer The file, or `undefined` to remove it.
 * @returns Whether it was kept (or removed).
 */
export function writeStoredLayer(
  storage: Storage | undefined,
  layer: StoredLayer | undefined,
): SaveResult {
  return writeStorageItem(storage, LAYER_KEY, layer && serialiseLayer(layer))
}

/**
 * The layer file kept in this browser, if any.
 *
 * @param storage `localStorage`, or `undefined` when the browser refuses it.
 * @returns The file, or `undefined`.
 */
export function readStoredLayer(storage: Storage | undefined): StoredLayer | undefined {
  try {
    return parseStoredLayer(storage?.getItem(LAYER_KEY) ?? null)
  } catch {
    return undefined
  }
}
