import { describe, expect, it } from 'vitest'
import { MAX_LAYER_FILE_BYTES } from './archive-limits.js'
import {
  LAYER_KEY,
  parseStoredLayer,
  readStoredLayer,
  serialiseLayer,
  writeStoredLayer,
} from './layer-storage.js'

/** A stand-in for localStorage: a map, or one whose writes throw as a browser's would. */
function memoryStorage(failWith?: string): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    removeItem: (key) => {
      items.delete(key)
    },
    setItem: (key, value) => {
      if (failWith) throw new DOMException('refused', failWith)
      items.set(key, value)
    },
  }
}

const layer = {
  fileName: 'riverside.tgz',
  bytes: Uint8Array.from({ length: 70_000 }, (_, i) => i % 256),
}

describe('layer storage', () => {
  it('should keep the file under betterforus:layer and read back the same bytes and name', () => {
    const storage = memoryStorage()
    expect(writeStoredLayer(storage, layer)).toEqual({ ok: true })
    expect(storage.getItem(LAYER_KEY)).toBe(serialiseLayer(layer))
    expect(readStoredLayer(storage)).toEqual(layer)
  })

  it('should remove the file', () => {
    const storage = memoryStorage()
    writeStoredLayer(storage, layer)
    expect(writeStoredLayer(storage, undefined)).toEqual({ ok: true })
    expect(storage.getItem(LAYER_KEY)).toBeNull()
    expect(readStoredLayer(storage)).toBeUndefined()
  })

  it('should report a full or unavailable storage, not throw', () => {
    expect(writeStoredLayer(memoryStorage('QuotaExceededError'), layer)).toEqual({
      ok: false,
      reason: 'full',
    })
    expect(writeStoredLayer(memoryStorage('SecurityError'), layer)).toEqual({
      ok: false,
      reason: 'unavailable',
    })
    expect(writeStoredLayer(undefined, layer)).toEqual({ ok: false, reason: 'unavailable' })
  })

  it('should ignore stored text that is not a layer file', () => {
    for (const text of [
      '{',
      'null',
      '{"fileName":1,"bytes":""}',
      '{"fileName":"x.tgz","bytes":"not base64!"}',
      JSON.stringify({ fileName: 'x.tgz', bytes: 'A'.repeat((MAX_LAYER_FILE_BYTES * 4) / 3 + 8) }),
    ])
      expect(parseStoredLayer(text), text.slice(0, 40)).toBeUndefined()
  })
})
