/** Whether a write to this browser's storage worked, and why not. */
export type SaveResult = { ok: true } | { ok: false; reason: 'full' | 'unavailable' }

/**
 * Write one item of `localStorage`, reporting a full or unavailable storage instead of throwing.
 *
 * @param storage `localStorage`, or `undefined` when the browser refuses it.
 * @param key The item's key.
 * @param text The text, or `undefined` to remove the item.
 * @returns Whether it was written.
 */
export function writeStorageItem(
  storage: Storage | undefined,
  key: string,
  text: string | undefined,
): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' }
  try {
    if (text === undefined) storage.removeItem(key)
    else storage.setItem(key, text)
    return { ok: true }
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    return {
      ok: false,
      reason:
        name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
          ? 'full'
          : 'unavailable',
    }
  }
}
