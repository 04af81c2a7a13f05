import type { VFile } from 'vfile'

/**
 * A council layer that cannot be used: each problem sits, with its place, on the file it is about
 * (`files`; `messageLines` writes them out); `summary` says in one sentence what was refused and
 * that nothing was written.
 */
export class LayerError extends Error {
  override name = 'LayerError'

  constructor(
    readonly files: readonly VFile[],
    readonly summary: string,
  ) {
    super(summary)
  }
}
