import type { Pack } from './generate-pack.js'

/**
 * The manifest as written beside the documents (`manifest.json`), with the hidden answers merged
 * into `unusedAnswers`.
 */
export function manifestText(pack: Pack, unused: readonly string[] = []): string {
  const manifest = {
    ...pack.manifest,
    unusedAnswers: [...new Set([...unused, ...pack.manifest.unusedAnswers])],
  }
  return `${JSON.stringify(manifest, null, 2)}\n`
}
